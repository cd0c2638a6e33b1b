package io.github.mpgrade.multiprocessing.internal.client;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.function.BiConsumer;

/**
 * The text of a shared value or a queue item in the event log. It is made from the value's
 * content alone, so two runs of one schedule log the same text: {@code Object.toString} would put
 * an identity hash there ({@code [I@1b6d3586}), which differs from JVM to JVM. Arrays are shown
 * element by element as {@code Arrays.deepToString} does, collections by their elements, records
 * by their components; strings, numbers, enums and any class with a {@code toString} of its own
 * as that {@code toString} says. An object whose class keeps {@code Object}'s is shown as its
 * class name and a digest of its serialized bytes. Past {@value #MAX_CHARS} characters the text
 * is cut, and a digest of the whole text keeps different long values apart.
 */
final class ValueText {
    static final int MAX_CHARS = 200;
    private static final int DIGEST_HEX_CHARS = 8;
    /** While a whole long text is digested, it is fed to the digest in pieces of this size. */
    private static final int SPILL_CHARS = 8192;

    private final StringBuilder text = new StringBuilder();
    /** The arrays, collections and maps being shown: one that contains itself is shown as {@code [...]}. */
    private final Set<Object> enclosing;
    /** Whether to stop past {@link #MAX_CHARS}; not while the whole text is made for its digest. */
    private final boolean capped;
    /** What the whole text is fed to, or null. */
    private final MessageDigest wholeText;

    private ValueText(Set<Object> enclosing, boolean capped, MessageDigest wholeText) {
        this.enclosing = enclosing;
        this.capped = capped;
        this.wholeText = wholeText;
    }

    /** Never throws: a {@code toString} that does gives the class name instead. */
    static String of(Object value) {
        try {
            ValueText shown = new ValueText(Collections.newSetFromMap(new IdentityHashMap<>()), true, null);
            shown.append(value);
            if (!shown.full()) {
                return shown.text.toString();
            }
            ValueText whole = new ValueText(Collections.newSetFromMap(new IdentityHashMap<>()), false, sha256());
            whole.append(value);
            whole.spill();
            return shown.text.substring(0, MAX_CHARS) + "…#" + hex(whole.wholeText.digest());
        } catch (RuntimeException e) {
            return className(value.getClass());
        }
    }

    private boolean full() {
        return capped && text.length() > MAX_CHARS;
    }

    private ValueText put(Object piece) {
        text.append(piece);
        if (wholeText != null && text.length() > SPILL_CHARS) {
            spill();
        }
        return this;
    }

    private void spill() {
        wholeText.update(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
    }

    private void append(Object value) {
        if (value == null) {
            put("null");
        } else if (value.getClass().isArray()) {
            appendAll(value, elementsOf(value), "[", "]", ValueText::append);
        } else if (value instanceof Collection<?> collection) {
            appendAll(collection, collection, "[", "]", ValueText::append);
        } else if (value instanceof Map<?, ?> map) {
            appendAll(map, map.entrySet(), "{", "}", ValueText::appendEntry);
        } else if (value instanceof Record record) {
            appendRecord(record);
        } else if (hasOwn(value.getClass(), "toString")) {
            put(value);
        } else {
            put(className(value.getClass())).put(digestOfBytes(value));
        }
    }

    private void appendRecord(Record record) {
        List<Object> values = componentsIfImplicitToString(record);
        if (values == null) {
            put(record);
            return;
        }
        RecordComponent[] components = record.getClass().getRecordComponents();
        put(record.getClass().getSimpleName()).put('[');
        for (int i = 0; i < components.length && !full(); i++) {
            put(i == 0 ? "" : ", ").put(components[i].getName()).put('=');
            append(values.get(i));
        }
        put(']');
    }

    private void appendEntry(Object entry) {
        Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
        append(e.getKey());
        put('=');
        append(e.getValue());
    }

    /** The items between brackets, separated by commas, until the text is past its cap. */
    private void appendAll(Object container, Collection<?> items, String open, String close,
                           BiConsumer<ValueText, Object> appendItem) {
        if (!enclosing.add(container)) {
            put(open).put("...").put(close);
            return;
        }
        put(open);
        if (inIdentityHashOrder(container)) {
            List<String> texts = new ArrayList<>(); // all of them: which come first in hash order varies too
            for (Object item : items) {
                ValueText piece = new ValueText(enclosing, capped, null);
                appendItem.accept(piece, item);
                texts.add(piece.text.toString());
            }
            texts.sort(null);
            put(String.join(", ", texts));
        } else {
            String separator = "";
            for (Iterator<?> it = items.iterator(); it.hasNext() && !full(); separator = ", ") {
                put(separator);
                appendItem.accept(this, it.next());
            }
        }
        put(close);
        enclosing.remove(container);
    }

    /** An array's elements, boxed one at a time as they are shown: a huge array is not copied. */
    private static List<Object> elementsOf(Object array) {
        return new AbstractList<>() {
            @Override
            public Object get(int index) {
                return Array.get(array, index);
            }

            @Override
            public int size() {
                return Array.getLength(array);
            }
        };
    }

    /**
     * A hash set or map orders its elements by their hash codes: when one of them keeps
     * {@code Object.hashCode} (an identity hash), that order differs from JVM to JVM, so the
     * elements are shown sorted by their text instead.
     */
    private static boolean inIdentityHashOrder(Object container) {
        Collection<?> keys = container instanceof Map<?, ?> map ? map.keySet()
                : container instanceof Set<?> set ? set : List.of();
        boolean ordered = container instanceof LinkedHashSet<?> || container instanceof LinkedHashMap<?, ?>
                || container instanceof SortedSet<?> || container instanceof SortedMap<?, ?>
                || container instanceof EnumSet<?> || container instanceof EnumMap<?, ?>;
        return !ordered && keys.stream().anyMatch(key -> key instanceof Enum<?> // Enum.hashCode is an identity hash
                || key != null && !hasOwn(key.getClass(), "hashCode"));
    }

    /**
     * The record's component values if its {@code toString} is the one the compiler writes
     * ({@code Name[a=1, b=[I@1b6d3586]}), which shows an array component by its identity hash; null
     * if the record says how it is shown (it keeps its own text) or its components cannot be read.
     */
    private static List<Object> componentsIfImplicitToString(Record record) {
        List<Object> values = new ArrayList<>();
        StringJoiner implicit = new StringJoiner(", ", record.getClass().getSimpleName() + "[", "]");
        try {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                c.getAccessor().setAccessible(true);
                Object value = c.getAccessor().invoke(record);
                values.add(value);
                implicit.add(c.getName() + "=" + value);
            }
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return null;
        }
        return implicit.toString().equals(record.toString()) ? values : null;
    }

    /** Whether the class or a superclass other than {@code Object} declares this no-argument method. */
    private static boolean hasOwn(Class<?> type, String method) {
        try {
            return type.getMethod(method).getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * The class's name without what varies between JVMs: a lambda's class is a hidden class
     * named {@code Main$$Lambda$14/0x0000000800c03000}, numbered in the order lambdas were first
     * made, and placed at an address.
     */
    private static String className(Class<?> type) {
        String name = type.getName();
        if (type.isHidden()) {
            int slash = name.indexOf('/');
            name = (slash < 0 ? name : name.substring(0, slash)).replaceFirst("\\$\\$Lambda\\$\\d+$", "\\$\\$Lambda");
        }
        return name;
    }

    /** {@code #} and the first hex digits of the SHA-256 of the serialized value; empty if it cannot be serialized. */
    private static String digestOfBytes(Object value) {
        try {
            return "#" + hex(sha256().digest(Payloads.toBytes(value, "the value")));
        } catch (IllegalArgumentException notSerializable) {
            return "";
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash, 0, DIGEST_HEX_CHARS / 2);
    }
}
