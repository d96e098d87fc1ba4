package se.rodtrad;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RodtradApplication {

    public static void main(String[] args) {
        SpringApplication.run(RodtradApplication.class, args);
    }
}
