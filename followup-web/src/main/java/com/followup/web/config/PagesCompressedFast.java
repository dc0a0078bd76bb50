package com.followup.web.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The pages and htmx fragments the app draws, gzipped at the fastest level, as nginx does by default: Tomcat's own
 * compression (server.compression, still used for everything else) deflates at zlib's default level, and for My
 * follow-ups that was a quarter of the app's CPU a page for 6 % fewer bytes (docs/benchmarks.md, "A person's list
 * read once while it holds"). The page is drawn whole before it is sent anyway
 * (spring.thymeleaf.servlet.produce-partial-output-while-processing=false), so it is held here, compressed once and
 * sent with its length; Tomcat leaves a response that says its encoding alone. Anything but HTML, a client that does
 * not accept gzip and an answer under 1 KB go out as they came; static files, probes, metrics ({@link
 * SessionlessRequests}) and API calls never come here.
 */
final class PagesCompressedFast extends OncePerRequestFilter {

    static final int SMALLEST = 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted == null || !accepted.contains("gzip") || "HEAD".equals(request.getMethod())
                || SessionlessRequests.INSTANCE.matches(request) || ApiCallsWithoutSession.isApiCall(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        // a request that fails is answered by the error page: what it wrote is dropped, as Tomcat drops its buffer
        chain.doFilter(request, held);
        if (isPage(held) && held.getContentSize() >= SMALLEST && !response.isCommitted()) {
            byte[] gzipped = gzip(held.getContentAsByteArray());
            held.resetBuffer();
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            response.setContentLength(gzipped.length);
            response.getOutputStream().write(gzipped);
        } else {
            held.copyBodyToResponse();
        }
    }

    private static boolean isPage(HttpServletResponse response) {
        String type = response.getContentType();
        return type != null && type.startsWith(MediaType.TEXT_HTML_VALUE)
                && response.getHeader(HttpHeaders.CONTENT_ENCODING) == null;
    }

    private static byte[] gzip(byte[] page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.length / 4);
        try (GZIPOutputStream gzip = new FastestGzip(out, page.length)) {
            gzip.write(page);
        }
        return out.toByteArray();
    }

    /** Deflate's level is the stream's to choose only through its deflater. */
    private static final class FastestGzip extends GZIPOutputStream {
        FastestGzip(ByteArrayOutputStream out, int size) throws IOException {
            super(out, Math.max(512, Math.min(size, 64 * 1024)));
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
