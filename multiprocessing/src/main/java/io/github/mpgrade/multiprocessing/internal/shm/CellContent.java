package io.github.mpgrade.multiprocessing.internal.shm;

/**
 * What a {@link SharedCell} can hold: a Value's content that fits 64 bits, one of the boxed
 * primitives (Python's typecodes) or null. A content travels as its bits; the coordinator shows
 * it as the process would have, since for these classes the log's text of a value is
 * {@code String.valueOf}.
 */
public enum CellContent {
    NULL, BOOLEAN, BYTE, SHORT, CHARACTER, INTEGER, LONG, FLOAT, DOUBLE;

    private static final CellContent[] ALL = values();

    /** The content {@code value} is, or null if it does not fit a cell (a String, an array, any other class). */
    public static CellContent of(Object value) {
        if (value instanceof Integer) {
            return INTEGER; // the common case first; each is a final class, so an instanceof is one compare
        } else if (value instanceof Long) {
            return LONG;
        } else if (value instanceof Double) {
            return DOUBLE;
        } else if (value instanceof Boolean) {
            return BOOLEAN;
        } else if (value instanceof Character) {
            return CHARACTER;
        } else if (value instanceof Float) {
            return FLOAT;
        } else if (value instanceof Short) {
            return SHORT;
        } else if (value instanceof Byte) {
            return BYTE;
        }
        return value == null ? NULL : null;
    }

    /** The content with this code ({@link #ordinal()}), or null for a code no runtime writes. */
    public static CellContent ofCode(int code) {
        return code >= 0 && code < ALL.length ? ALL[code] : null;
    }

    /** The bits of {@code value}, which must be of this content. */
    public long bits(Object value) {
        return switch (this) {
            case NULL -> 0;
            case BOOLEAN -> (Boolean) value ? 1 : 0;
            case BYTE -> (Byte) value;
            case SHORT -> (Short) value;
            case CHARACTER -> (Character) value;
            case INTEGER -> (Integer) value;
            case LONG -> (Long) value;
            // as serialization writes them: every NaN is the one NaN, as it is after a round trip
            case FLOAT -> Float.floatToIntBits((Float) value);
            case DOUBLE -> Double.doubleToLongBits((Double) value);
        };
    }

    /** The value these bits of this content stand for. */
    public Object value(long bits) {
        return switch (this) {
            case NULL -> null;
            case BOOLEAN -> bits != 0;
            case BYTE -> (byte) bits;
            case SHORT -> (short) bits;
            case CHARACTER -> (char) bits;
            case INTEGER -> (int) bits;
            case LONG -> bits;
            case FLOAT -> Float.intBitsToFloat((int) bits);
            case DOUBLE -> Double.longBitsToDouble(bits);
        };
    }

    /** The value's text in the event log, the same the process would have sent. */
    public String show(long bits) {
        return String.valueOf(value(bits));
    }
}
