package se.rodtrad.followup.measures.web;

/** For tests outside the package: read the measure page's values whole, to compare with reading the shown units only. */
public final class MeasurePagesAccess {

    private MeasurePagesAccess() {
    }

    public static void readShownUnitsOnly(boolean on) {
        MeasurePages.readShownUnitsOnly = on;
    }
}
