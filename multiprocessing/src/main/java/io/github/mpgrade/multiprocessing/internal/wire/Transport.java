package io.github.mpgrade.multiprocessing.internal.wire;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * How a coordinator's address is written down for a child (in an environment variable) and
 * connected to. Unix domain sockets where the platform has them (Linux, macOS, Windows 10+),
 * TCP on the loopback interface otherwise.
 */
public final class Transport {
    private Transport() {
    }

    public static String describe(SocketAddress address) {
        if (address instanceof UnixDomainSocketAddress unix) {
            return "unix:" + unix.getPath();
        }
        InetSocketAddress inet = (InetSocketAddress) address;
        return "tcp:" + inet.getPort();
    }

    public static SocketAddress parse(String text) {
        if (text.startsWith("unix:")) {
            return UnixDomainSocketAddress.of(Path.of(text.substring(5)));
        }
        if (text.startsWith("tcp:")) {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(text.substring(4)));
        }
        throw new IllegalArgumentException("not a coordinator address: " + text);
    }

    public static SocketChannel connect(SocketAddress address) throws IOException {
        SocketChannel channel = address instanceof UnixDomainSocketAddress
                ? SocketChannel.open(StandardProtocolFamily.UNIX)
                : SocketChannel.open();
        try {
            channel.connect(address);
            if (address instanceof InetSocketAddress) {
                channel.socket().setTcpNoDelay(true);
            }
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }
}
