package org.backupconsole.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.FailureReason;

/** Wraps a real service and makes chosen operations fail until told to recover. */
public final class FailingBackupService {

    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final BackupService proxy;

    public FailingBackupService(BackupService delegate) {
        proxy = (BackupService) Proxy.newProxyInstance(BackupService.class.getClassLoader(),
                new Class<?>[] {BackupService.class}, (self, method, args) -> {
                    if (failing.contains(method.getName())) {
                        throw new BackendException(FailureReason.SERVER_ERROR, "The service answered 503 Service Unavailable.");
                    }
                    try {
                        return method.invoke(delegate, args);
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
}
