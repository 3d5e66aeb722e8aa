package org.backupconsole.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The calling thread's time so far on a core and waiting for one (runnable, but the cores busy with other threads),
 * in nanoseconds, from Linux's {@code /proc/thread-self/schedstat}; both zero where there is no such file.
 */
record ThreadTime(long onCore, long waitingForCore) {

    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

    static ThreadTime now() {
        return of(SCHEDSTAT);
    }

    /**
     * Waits until no thread of this process named {@code name} has run for {@code quietMillis}, or {@code
     * atMostMillis} have passed; returns at once where there is no such thread or no such file.
     */
    static void waitUntilQuiet(String name, long quietMillis, long atMostMillis) throws InterruptedException {
        List<Path> threads = threadsNamed(name);
        long deadline = System.nanoTime() + atMostMillis * 1_000_000;
        long last = onCore(threads);
        while (!threads.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(quietMillis);
            long now = onCore(threads);
            if (now == last) {
                return;
            }
            last = now;
        }
    }

    private static List<Path> threadsNamed(String name) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.filter(task -> {
                try {
                    return Files.readString(task.resolve("comm")).trim().equals(name);
                } catch (IOException e) {
                    return false;
                }
            }).map(task -> task.resolve("schedstat")).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static long onCore(List<Path> threads) {
        return threads.stream().mapToLong(thread -> of(thread).onCore()).sum();
    }

    private static ThreadTime of(Path schedstat) {
        try {
            String[] fields = Files.readString(schedstat).trim().split(" ");
            return new ThreadTime(Long.parseLong(fields[0]), Long.parseLong(fields[1]));
        } catch (IOException | RuntimeException e) {
            return new ThreadTime(0, 0);
        }
    }

    ThreadTime since(ThreadTime before) {
        return new ThreadTime(onCore - before.onCore, waitingForCore - before.waitingForCore);
    }
}
