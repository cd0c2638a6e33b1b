package io.github.mpgrade.grading.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox of bubblewrap ({@code bwrap}, packaged by Debian, Ubuntu and Fedora): new user, PID,
 * network, IPC and UTS namespaces; the system's folders read-only; only the paths a grader JVM
 * needs mounted, its scratch folder the only writable one; an empty environment; no capabilities;
 * and when the build dies, the sandbox and everything in it die too.
 *
 * @param executable the {@code bwrap} program
 */
public record Bubblewrap(Path executable) implements Sandbox {
    /** The system's folders, read-only: programs and libraries, and /etc for the JDK's configuration and time zones. */
    private static final List<String> SYSTEM_FOLDERS = List.of("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64",
            "/etc");
    private static final long PROBE_SECONDS = 20;

    /** bwrap, if it is installed and can make its namespaces here; otherwise no sandbox, and why. */
    static Sandbox probe() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Sandbox.none("not Linux");
        }
        Optional<Path> bwrap = onPath("bwrap");
        if (bwrap.isEmpty()) {
            return Sandbox.none("bubblewrap is not installed; on Debian or Ubuntu: sudo apt-get install bubblewrap");
        }
        Bubblewrap sandbox = new Bubblewrap(bwrap.get());
        List<String> command = sandbox.wrap(List.of("/bin/true"), new SandboxPaths(List.of(), List.of(), Path.of("/")));
        try {
            Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
            probe.getOutputStream().close();
            if (!probe.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return Sandbox.none("bwrap did not answer within " + PROBE_SECONDS + " s");
            }
            String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (probe.exitValue() != 0) {
                return Sandbox.none("bwrap cannot make its namespaces here (" + firstLine(said) + "); unprivileged user"
                        + " namespaces may be switched off: see docs/batch-grading.md, Sandbox");
            }
            return sandbox;
        } catch (IOException e) {
            return Sandbox.none("bwrap cannot be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Sandbox.none("interrupted while trying bwrap");
        }
    }

    @Override
    public Set<Protection> protections() {
        return EnumSet.allOf(Protection.class);
    }

    @Override
    public String description() {
        return "sandbox (bubblewrap): each grading has " + String.join("; ",
                protections().stream().map(Protection::description).toList());
    }

    @Override
    public List<String> wrap(List<String> command, SandboxPaths visible) {
        List<String> args = new ArrayList<>(List.of(executable.toString(),
                "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
                "--clearenv", "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "LANG", "C.UTF-8",
                "--setenv", "HOME", visible.workingFolder().toString()));
        for (String folder : SYSTEM_FOLDERS) {
            Path path = Path.of(folder);
            if (Files.isSymbolicLink(path)) {
                try {
                    args.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), folder));
                } catch (IOException unreadable) {
                    // not shown inside
                }
            } else if (Files.isDirectory(path)) {
                args.addAll(List.of("--ro-bind", folder, folder));
            }
        }
        args.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"));
        // Writable first: a read-only path inside a writable folder (the classes in the scratch folder) stays read-only.
        for (Path path : visible.writable()) {
            args.addAll(List.of("--bind", absolute(path), absolute(path)));
        }
        for (Path path : visible.readOnly()) {
            args.addAll(List.of("--ro-bind-try", absolute(path), absolute(path)));
        }
        args.addAll(List.of("--chdir", absolute(visible.workingFolder()), "--"));
        args.addAll(command);
        return args;
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return text.isEmpty() ? "no message" : newline < 0 ? text : text.substring(0, newline);
    }
}
