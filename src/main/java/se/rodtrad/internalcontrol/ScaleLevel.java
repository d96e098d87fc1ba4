package se.rodtrad.internalcontrol;

/** One step of the probability or consequence scale with the definition it is judged by. */
public record ScaleLevel(Scale scale, int level, String name, String definition) {

    public enum Scale { PROBABILITY, CONSEQUENCE }
}
