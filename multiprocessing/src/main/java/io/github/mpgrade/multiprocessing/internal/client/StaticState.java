package io.github.mpgrade.multiprocessing.internal.client;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;

/**
 * Whether a class file gives its class state of its own, shared by everything that uses the class:
 * a static field that is not final, or a static initializer. A class without either (a static
 * final field without an initializer is a constant) is the same in every process, so a reused JVM
 * may give the next process the classes of the last one instead of loading them afresh. A file
 * this cannot read counts as having state.
 */
final class StaticState {
    private static final int MAGIC = 0xCAFEBABE;
    private static final int ACC_STATIC = 0x0008;
    private static final int ACC_FINAL = 0x0010;
    private static final String STATIC_INITIALIZER = "<clinit>";

    private StaticState() {
    }

    static boolean of(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            if (in.readInt() != MAGIC) {
                return true;
            }
            in.skipNBytes(4); // minor and major version
            String[] utf8 = constantPoolTexts(in);
            in.skipNBytes(6); // access flags, this class, superclass
            in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
            int fields = in.readUnsignedShort();
            boolean state = false;
            for (int i = 0; i < fields; i++) {
                int access = in.readUnsignedShort();
                state |= (access & ACC_STATIC) != 0 && (access & ACC_FINAL) == 0;
                skipNameTypeAndAttributes(in);
            }
            int methods = in.readUnsignedShort();
            for (int i = 0; i < methods; i++) {
                in.skipNBytes(2); // access flags
                state |= STATIC_INITIALIZER.equals(utf8[in.readUnsignedShort()]);
                skipTypeAndAttributes(in);
            }
            return state;
        } catch (IOException | RuntimeException unreadable) {
            return true;
        }
    }

    /** Reads the constant pool, keeping its texts by index (the names of fields and methods are among them). */
    private static String[] constantPoolTexts(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        String[] texts = new String[count];
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> texts[index] = in.readUTF();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    index++; // a long or a double takes two entries
                }
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        return texts;
    }

    private static void skipNameTypeAndAttributes(DataInputStream in) throws IOException {
        in.skipNBytes(2); // name
        skipTypeAndAttributes(in);
    }

    private static void skipTypeAndAttributes(DataInputStream in) throws IOException {
        in.skipNBytes(2); // descriptor
        int attributes = in.readUnsignedShort();
        for (int i = 0; i < attributes; i++) {
            in.skipNBytes(2); // name
            in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
        }
    }
}
