package io.github.mpgrade.benchmarks.sct;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Value;

/**
 * SCTBench's bluetooth_driver (KISS's model of a Windows driver): the main process adds work to the
 * device (BCSP_PnpAdd: count one pending I/O unless the device is stopping, assert the device is not
 * stopped, count it out) while a second stops it (BCSP_PnpStop: mark it stopping, count out the
 * initial I/O, mark it stopped once none is pending). The adder's test of the stopping flag and its
 * increment are not one step, so the stopper can stop the device in between. No arguments.
 */
public final class BluetoothDriver {
    private BluetoothDriver() {
    }

    /** The device extension: each field a shared value, every read and write a separate step. */
    private record Device(Value<Integer> pendingIo, Value<Boolean> stoppingFlag, Value<Boolean> stoppingEvent,
                          Value<Boolean> stopped) implements java.io.Serializable {
        /** BCSP_IoIncrement: false if the device is stopping. */
        boolean ioIncrement() {
            if (stoppingFlag.get()) {
                return false;
            }
            pendingIo.getLock().acquire();
            pendingIo.set(pendingIo.get() + 1);
            pendingIo.getLock().release();
            return true;
        }

        /** BCSP_IoDecrement: the last one out signals the stopping event. */
        void ioDecrement() {
            pendingIo.getLock().acquire();
            int pending = pendingIo.get() - 1;
            pendingIo.set(pending);
            pendingIo.getLock().release();
            if (pending == 0) {
                stoppingEvent.set(true);
            }
        }
    }

    public static void main(String[] args) {
        Device device = new Device(new Value<>(1), new Value<>(false), new Value<>(false), new Value<>(false));
        Process stopper = new Process(() -> {
            device.stoppingFlag().set(true);
            device.ioDecrement();
            if (device.stoppingEvent().get()) {
                device.stopped().set(true);
            }
        });
        stopper.start();
        if (device.ioIncrement()) {
            Assertion.check(!device.stopped().get(), "the adder works on a device that was stopped");
        }
        device.ioDecrement();
        stopper.join();
    }
}
