package io.github.mpgrade.multiprocessing.internal.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * An output stream that hands each complete line to a sink, and optionally writes everything
 * through to another stream too. Lines longer than {@link #MAX_LINE_CHARS} are cut.
 */
final class LineCapture extends OutputStream {
    static final int MAX_LINE_CHARS = 8192;

    private final OutputStream through;
    private final Consumer<String> sink;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineCapture(OutputStream through, Consumer<String> sink) {
        this.through = through;
        this.sink = sink;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (through != null) {
            through.write(b);
        }
        if (b == '\n') {
            emit();
        } else if (line.size() < MAX_LINE_CHARS * 4) {
            line.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        if (through != null) {
            through.write(bytes, offset, length);
        }
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                emit();
            } else if (line.size() < MAX_LINE_CHARS * 4) {
                line.write(bytes[i]);
            }
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (through != null) {
            through.flush();
        }
    }

    /** Sends a last line that has no newline yet (at exit). */
    synchronized void finish() {
        if (line.size() > 0) {
            emit();
        }
    }

    private void emit() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.length() > MAX_LINE_CHARS) {
            text = text.substring(0, MAX_LINE_CHARS) + "…";
        }
        sink.accept(text);
    }
}
