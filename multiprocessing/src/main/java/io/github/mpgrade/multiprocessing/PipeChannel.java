package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.internal.client.Client;
import io.github.mpgrade.multiprocessing.internal.client.Reply;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import java.io.Serializable;
import java.util.Arrays;

/**
 * One direction of a {@link Pipe}: a coordinator queue of kind {@code PIPE} whose items are
 * messages, each a tag byte and the message's bytes. The last copy of the sending end to close
 * puts an end-of-file mark, which stays at the tail once read, so every later receive sees it.
 */
final class PipeChannel implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final byte MESSAGE = 0;
    private static final byte END = 1;

    private final int handle;

    PipeChannel(String site) {
        this.handle = (int) Client.get().call(Op.CREATE_QUEUE, false,
                frame -> frame.putByte((byte) ObjectKind.PIPE.ordinal()).putString(site)).number();
    }

    void send(byte[] message, String shown) {
        byte[] tagged = new byte[message.length + 1];
        tagged[0] = MESSAGE;
        System.arraycopy(message, 0, tagged, 1, message.length);
        put(tagged, shown);
    }

    void sendEnd() {
        put(new byte[] {END}, "EOF");
    }

    private void put(byte[] tagged, String shown) {
        Client.get().call(Op.QUEUE_PUT, false, frame -> frame.putInt(handle).putBytes(tagged).putString(shown));
    }

    /** The next message's bytes, {@link #END_OF_FILE}, or null if none came within {@code millis}. */
    byte[] receive(long millis) {
        Reply reply = Client.get().call(Op.QUEUE_GET, millis != 0, frame -> frame.putInt(handle).putLong(millis));
        if (!reply.ok()) {
            return null;
        }
        byte[] tagged = reply.data();
        if (tagged[0] == END) {
            sendEnd(); // keep the mark for the next receive, here or in another copy of this end
            return END_OF_FILE;
        }
        return Arrays.copyOfRange(tagged, 1, tagged.length);
    }

    /** What {@link #receive} returns once every copy of the sending end is closed; compared by identity. */
    static final byte[] END_OF_FILE = new byte[0];

    @Override
    public String toString() {
        return "Pipe channel " + handle;
    }
}
