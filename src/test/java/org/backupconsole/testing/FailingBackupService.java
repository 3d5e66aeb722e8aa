package org.backupconsole.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.FailureReason;

/**
 * Wraps a real service: makes chosen operations fail until told to recover, holds the calls of others until
 * released, rewrites the answers of others, and counts every call by operation name.
 */
public final class FailingBackupService {

    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private final Map<String, UnaryOperator<Object>> rewrites = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final BackupService proxy;

    public FailingBackupService(BackupService delegate) {
        proxy = (BackupService) Proxy.newProxyInstance(BackupService.class.getClassLoader(),
                new Class<?>[] {BackupService.class}, (self, method, args) -> {
                    calls.computeIfAbsent(method.getName(), name -> new AtomicInteger()).incrementAndGet();
                    CountDownLatch hold = held.get(method.getName());
                    if (hold != null) {
                        hold.await();
                    }
                    if (failing.contains(method.getName())) {
                        throw new BackendException(FailureReason.SERVER_ERROR, "The service answered 503 Service Unavailable.");
                    }
                    try {
                        Object answer = method.invoke(delegate, args);
                        return rewrites.getOrDefault(method.getName(), UnaryOperator.identity()).apply(answer);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    public BackupService service() {
        return proxy;
    }

    public void fail(String operation) {
        failing.add(operation);
    }

    public void recover() {
        failing.clear();
    }

    /** Makes the calls of an operation wait, as on a slow network, until {@link #release} lets them through. */
    public void hold(String operation) {
        held.put(operation, new CountDownLatch(1));
    }

    public void release(String operation) {
        CountDownLatch hold = held.remove(operation);
        if (hold != null) {
            hold.countDown();
        }
    }

    /** Passes the real answers of an operation through a rewrite, for what the engine cannot do yet. */
    @SuppressWarnings("unchecked")
    public <T> void rewrite(String operation, UnaryOperator<T> rewrite) {
        rewrites.put(operation, answer -> rewrite.apply((T) answer));
    }

    /** How many times an operation was called. */
    public int calls(String operation) {
        AtomicInteger count = calls.get(operation);
        return count == null ? 0 : count.get();
    }
}
