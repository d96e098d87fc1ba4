package se.rodtrad.documents;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.rodtrad.shared.domain.Limits;
import se.rodtrad.shared.domain.ServiceBusyException;

/**
 * Documents are laid out a few at a time, on workers of their own, never on the request's thread while it holds a
 * database connection. Twenty-four anonymous PDF requests once took every pooled connection for minutes and unrelated
 * pages got 500 (issue 21); now at most {@code rodtrad.documents.renders} layouts run at once (default: the machine's
 * cores), at most {@link Limits#RENDERS_PER_PERSON} of them for one person (an anonymous visitor is known by address), a
 * few more wait their turn, and the rest are told at once "försök igen om en stund" (503, {@code Retry-After}). A layout
 * that takes longer than {@link Limits#RENDER_SECONDS} is answered the same way; it finishes on its worker, which stays
 * counted, so the number of layouts running never grows beyond the limit whatever the callers do.
 */
@Component
class RenderQueue {

    private final Semaphore running;
    private final Semaphore waiting;
    private final Map<String, AtomicInteger> perPerson = new ConcurrentHashMap<>();
    private final ExecutorService workers;
    private final Timer timer;
    private final int renders;

    RenderQueue(@Value("${rodtrad.documents.renders:0}") int configured, @Value("${rodtrad.documents.queue:6}") int queue,
            MeterRegistry meters) {
        this.renders = configured > 0 ? configured : Math.max(1, Runtime.getRuntime().availableProcessors());
        this.running = new Semaphore(renders, true);
        this.waiting = new Semaphore(renders + queue);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(renders, r -> {
            Thread t = new Thread(r, "render-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.timer = Timer.builder("rodtrad.documents.render").description("Time to lay out a document (PDF)").register(meters);
        meters.gauge("rodtrad.documents.render.running", running, s -> renders - s.availablePermits());
        meters.gauge("rodtrad.documents.render.waiting", waiting, s -> (renders + queue) - s.availablePermits());
    }

    /** Runs the layout when a place is free, or refuses with 503. The caller must hold no database connection. */
    <T> T render(Supplier<T> layout) {
        String person = person();
        AtomicInteger mine = perPerson.computeIfAbsent(person, k -> new AtomicInteger());
        if (mine.incrementAndGet() > Limits.RENDERS_PER_PERSON) {
            release(person, mine);
            throw new ServiceBusyException(10, "error.busy.person", Limits.RENDERS_PER_PERSON);
        }
        try {
            if (!waiting.tryAcquire()) {
                throw new ServiceBusyException(10, "error.busy");
            }
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Limits.RENDER_SECONDS);
                if (!running.tryAcquire(Math.min(Limits.RENDER_SECONDS, 20), TimeUnit.SECONDS)) {
                    throw new ServiceBusyException(10, "error.busy");
                }
                var context = SecurityContextHolder.getContext();
                var locale = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
                Future<T> job;
                try {
                    job = workers.submit(() -> {
                        SecurityContextHolder.setContext(context);
                        org.springframework.context.i18n.LocaleContextHolder.setLocaleContext(locale);
                        try {
                            return timer.record(layout);
                        } finally {
                            SecurityContextHolder.clearContext();
                            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
                            running.release();
                        }
                    });
                } catch (RuntimeException rejected) {
                    running.release();
                    throw rejected;
                }
                try {
                    return job.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    job.cancel(true);
                    throw new ServiceBusyException(30, "limit.document.time", Limits.RENDER_SECONDS);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            } finally {
                waiting.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException(10, "error.busy");
        } finally {
            release(person, mine);
        }
    }

    private void release(String person, AtomicInteger mine) {
        if (mine.decrementAndGet() <= 0) {
            perPerson.remove(person, mine);
        }
    }

    private static String person() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return "user:" + auth.getName();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return "address:" + request.getRequest().getRemoteAddr();
        }
        return "system";
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
