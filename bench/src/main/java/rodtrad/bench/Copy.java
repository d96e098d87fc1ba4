package rodtrad.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into PostgreSQL with {@code COPY … FROM STDIN} in text format: the fastest way rows get into
 * a table, used by the generator and as the physical baseline of the import benchmark.
 */
final class Copy implements AutoCloseable {

    private final CopyIn in;
    private final StringBuilder buf = new StringBuilder(1 << 20);
    private boolean first = true;
    private long rows;

    Copy(Connection c, String table, String columns) throws SQLException {
        this.in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + columns + ") from stdin");
    }

    Copy add(Object value) {
        if (!first) {
            buf.append('\t');
        }
        first = false;
        if (value == null) {
            buf.append("\\N");
        } else if (value instanceof String s) {
            escape(s);
        } else {
            buf.append(value);
        }
        return this;
    }

    Copy add(UUID id) {
        return add((Object) id);
    }

    void end() throws SQLException {
        buf.append('\n');
        first = true;
        rows++;
        if (buf.length() > (1 << 20) - 4096) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> buf.append("\\\\");
                case '\t' -> buf.append("\\t");
                case '\n' -> buf.append("\\n");
                case '\r' -> buf.append("\\r");
                default -> buf.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        buf.setLength(0);
    }

    /** Ends the COPY; returns the rows the server counted. */
    long finish() throws SQLException {
        flush();
        return in.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (in.isActive()) {
            in.cancelCopy();
        }
    }
}
