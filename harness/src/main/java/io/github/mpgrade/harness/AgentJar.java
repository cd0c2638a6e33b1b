package io.github.mpgrade.harness;

import io.github.mpgrade.agent.Premain;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;

/**
 * The agent as one jar a JVM can take with {@code -javaagent}: the agent's classes and ASM's,
 * with a {@code Premain-Class} manifest. Built once from where they are — folders of classes in
 * the reactor's test phase, jars elsewhere — into the temporary folder, named by what it was built
 * from, so every harness of the same build shares one.
 */
final class AgentJar {
    private static Path built;

    private AgentJar() {
    }

    /** The {@code -javaagent:...} option that attaches the agent. */
    static synchronized String option() {
        if (built == null) {
            built = build(List.of(location(Premain.class), location(ClassReader.class)));
        }
        return "-javaagent:" + built;
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot find where " + type.getName() + " was loaded from", e);
        }
    }

    private static Path build(List<Path> sources) {
        try {
            Path jar = Path.of(System.getProperty("java.io.tmpdir"), "mpgrade-agent-" + fingerprint(sources) + ".jar");
            if (Files.isRegularFile(jar)) {
                return jar;
            }
            Path partial = Files.createTempFile(jar.getParent(), "mpgrade-agent-", ".partial");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(partial), manifest())) {
                Set<String> written = new HashSet<>();
                for (Path source : sources) {
                    copyClasses(source, out, written);
                }
            }
            // Another harness may have built the same jar meanwhile: the same bytes, so either one wins.
            Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the agent's jar: " + e.getMessage(), e);
        }
    }

    private static Manifest manifest() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), Premain.class.getName());
        return manifest;
    }

    /** Copies the classes of a folder or a jar; not its manifest, signatures or module descriptor. */
    private static void copyClasses(Path source, JarOutputStream out, Set<String> written) throws IOException {
        if (Files.isDirectory(source)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(source)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                String name = source.relativize(file).toString().replace('\\', '/');
                try (InputStream in = Files.newInputStream(file)) {
                    copy(name, in, out, written);
                }
            }
            return;
        }
        try (JarFile jar = new JarFile(source.toFile())) {
            for (JarEntry entry : jar.stream().filter(e -> !e.isDirectory()).toList()) {
                try (InputStream in = jar.getInputStream(entry)) {
                    copy(entry.getName(), in, out, written);
                }
            }
        }
    }

    private static void copy(String name, InputStream in, JarOutputStream out, Set<String> written)
            throws IOException {
        if (!name.endsWith(".class") || name.endsWith("module-info.class") || name.startsWith("META-INF/")
                || !written.add(name)) {
            return;
        }
        out.putNextEntry(new JarEntry(name));
        in.transferTo(out);
        out.closeEntry();
    }

    /** Names the jar after its sources' paths, sizes and times: a rebuilt agent gets a jar of its own. */
    private static String fingerprint(List<Path> sources) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Path source : sources) {
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(source)) {
                try (Stream<Path> walk = Files.walk(source)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(source);
            }
            for (Path file : files) {
                String line = file.toAbsolutePath() + " " + Files.size(file) + " " + Files.getLastModifiedTime(file)
                        + "\n";
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 12);
    }
}
