package io.github.mpgrade.multiprocessing.internal.client;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Properties;
import java.util.TimeZone;

/**
 * What a process may change of its JVM beyond its own classes' statics, saved before the process
 * runs and put back after, so that the next process of a reused JVM finds it as a fresh JVM would.
 */
record HostState(PrintStream out, PrintStream err, InputStream in, Properties properties,
                 Thread.UncaughtExceptionHandler uncaughtHandler, Locale locale, TimeZone timeZone,
                 String threadName, ClassLoader contextLoader, ThreadNumbering numbering, int nextThreadNumber) {

    static HostState save(ThreadNumbering numbering) {
        Properties properties = new Properties();
        properties.putAll(System.getProperties());
        Thread thread = Thread.currentThread();
        return new HostState(System.out, System.err, System.in, properties, Thread.getDefaultUncaughtExceptionHandler(),
                Locale.getDefault(), TimeZone.getDefault(), thread.getName(), thread.getContextClassLoader(),
                numbering, numbering.next());
    }

    void restore() {
        numbering.setNext(nextThreadNumber);
        System.setOut(out);
        System.setErr(err);
        System.setIn(in);
        System.setProperties(properties);
        Thread.setDefaultUncaughtExceptionHandler(uncaughtHandler);
        Locale.setDefault(locale);
        TimeZone.setDefault(timeZone);
        Thread thread = Thread.currentThread();
        thread.setName(threadName);
        thread.setContextClassLoader(contextLoader);
        Thread.interrupted(); // an interrupt meant for the last process's main thread
    }
}
