package se.rodtrad.shared.db;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wraps whichever DataSource is in use (embedded or external) so that every connection names its actor. */
@Configuration(proxyBeanMethods = false)
public class AuditActorConfiguration {

    @Bean
    static BeanPostProcessor auditActorDataSourcePostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource ds && !(bean instanceof AuditActorDataSource)) {
                    return new AuditActorDataSource(ds);
                }
                return bean;
            }
        };
    }
}
