package com.followup.web.dashboard;

import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.CompositeTaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Supplier;

/**
 * Runs a page's independent reads beside the request's own thread, so that a dashboard waits for the longest of its
 * statements rather than for their sum (docs/benchmarks.md, "Dashboards at ten times"). At most {@value #THREADS}
 * reads run beside requests at once, each holding one connection of the pool while it runs; when both are busy the
 * request runs the read itself, so a busy instance costs no more connections and no more waiting than before. The
 * request's log context goes with the read, and so does whatever else the context's {@link TaskDecorator}s hand over.
 */
@Component
class ParallelReads implements DisposableBean {

    static final int THREADS = 2;

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    ParallelReads(ObjectProvider<TaskDecorator> decorators) {
        List<TaskDecorator> all = new ArrayList<>(decorators.orderedStream().toList());
        all.add(ParallelReads::withLogContext);
        executor.setCorePoolSize(THREADS);
        executor.setMaxPoolSize(THREADS);
        executor.setQueueCapacity(0);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setThreadNamePrefix("read-beside-");
        executor.setDaemon(true);
        executor.setTaskDecorator(new CompositeTaskDecorator(all));
        executor.initialize();
    }

    /** Starts the read; {@link Read#get()} waits for it and throws what it threw. */
    <T> Read<T> start(Supplier<T> read) {
        return new Read<>(executor.submit(read::get));
    }

    /** A read that was started, or that was not needed ({@link #none()}). */
    static final class Read<T> {

        private final Future<T> future;

        private Read(Future<T> future) {
            this.future = future;
        }

        public static <T> Read<T> none() {
            return new Read<>(CompletableFuture.completedFuture(null));
        }

        public T get() {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a read", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static Runnable withLogContext(Runnable task) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> before = MDC.getCopyOfContextMap();
            if (context != null) {
                MDC.setContextMap(context);
            }
            try {
                task.run();
            } finally {
                if (before == null) {
                    MDC.clear();
                } else {
                    MDC.setContextMap(before);
                }
            }
        };
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
