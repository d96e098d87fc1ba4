package se.rodtrad.followup.measures;

/** One uploaded file (or fetched page): its name for the report and its bytes. */
public record ImportFile(String name, byte[] bytes) implements java.io.Serializable {
}
