package org.backupconsole.live;

import java.io.IOException;
import java.lang.System.Logger.Level;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs each request's method, URL, status and duration at DEBUG. Headers are never logged: the Authorization
 * header holds the secret key, and the URL never does.
 */
final class RequestLog implements Interceptor {

    private static final System.Logger LOG = System.getLogger(RequestLog.class.getName());

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long start = System.nanoTime();
        try {
            Response response = chain.proceed(request);
            LOG.log(Level.DEBUG, () -> request.method() + " " + request.url() + " -> " + response.code()
                    + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return response;
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> request.method() + " " + request.url() + " failed: " + e.getClass().getSimpleName());
            throw e;
        }
    }
}
