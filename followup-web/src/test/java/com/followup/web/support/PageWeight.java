package com.followup.web.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** What a page weighs on the wire to a browser that accepts gzip, for the tests that hold a page's weight. */
public final class PageWeight {

    private PageWeight() {
    }

    public static int gzipped(byte[] html) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(html);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return zipped.size();
    }
}
