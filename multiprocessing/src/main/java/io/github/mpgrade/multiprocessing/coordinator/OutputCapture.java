package io.github.mpgrade.multiprocessing.coordinator;

/**
 * The lines the processes print: into the event log, and onto the console for the processes
 * that echo. Past {@link #CAP_CHARS} characters a process's further lines are dropped, with one
 * note, so a program that prints without end cannot exhaust the coordinator. Guarded by the
 * state lock.
 */
final class OutputCapture {
    /** Beyond this many characters of output a process's further lines are counted, not kept. */
    static final long CAP_CHARS = 4L << 20;

    private final Recorder recorder;
    private final Console console;

    OutputCapture(Recorder recorder, Console console) {
        this.recorder = recorder;
        this.console = console;
    }

    /** A line a task printed; {@code site} is the line of its code that printed it, if known. */
    void line(ProcessRecord p, TaskKey who, boolean stderr, String line, String site) {
        if (p.outputCut) {
            return;
        }
        p.outputChars += line.length() + 1;
        if (p.outputChars > CAP_CHARS) {
            p.outputCut = true;
            String note = "[mpgrade: " + p.name + " printed more than " + (CAP_CHARS >> 20)
                    + " MiB; its further output is dropped]";
            recorder.record(who, (task, seq, nanos) -> new TraceEvent.ErrorOutput(seq, nanos, task, note));
            console.line(p.name, true, note);
            return;
        }
        if (stderr) {
            recorder.record(who, (task, seq, nanos) -> new TraceEvent.ErrorOutput(seq, nanos, task, line));
        } else {
            recorder.record(who, (task, seq, nanos) -> new TraceEvent.Output(seq, nanos, task, line, site));
        }
        if (p.echo) {
            console.line(p.name, stderr, line);
        }
    }
}
