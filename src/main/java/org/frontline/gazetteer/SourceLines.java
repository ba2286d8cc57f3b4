package org.frontline.gazetteer;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a text source line by line, plain or gzip (recognised by its magic bytes, whatever the name), strictly:
 * bytes that are not UTF-8, a truncated or corrupt gzip stream and I/O errors become a
 * {@link GazetteerException} naming the file and the exact line. Lines are split on raw bytes and decoded one by
 * one, because a buffered decoder would report a bad byte several lines too early.
 */
final class SourceLines {

    /** Receives each line with its 1-based number. */
    @FunctionalInterface
    interface LineHandler {
        void line(int number, String text);
    }

    private SourceLines() {
    }

    static void read(Path path, String displayName, LineHandler handler) {
        int lineNo = 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = open(path)) {
            byte[] chunk = new byte[1 << 16];
            byte[] line = new byte[1024];
            int lineLen = 0;
            int read;
            while ((read = in.read(chunk)) != -1) {
                for (int i = 0; i < read; i++) {
                    byte b = chunk[i];
                    if (b == '\n') {
                        handle(line, lineLen, ++lineNo, utf8, displayName, handler);
                        lineLen = 0;
                    } else {
                        if (lineLen == line.length) {
                            line = java.util.Arrays.copyOf(line, lineLen * 2);
                        }
                        line[lineLen++] = b;
                    }
                }
            }
            if (lineLen > 0) {
                handle(line, lineLen, ++lineNo, utf8, displayName, handler);
            }
        } catch (EOFException | ZipException e) {
            throw new GazetteerException(displayName, lineNo + 1, "truncated or corrupt gzip data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new GazetteerException(displayName, lineNo + 1, "cannot read: " + e, e);
        }
    }

    private static void handle(byte[] bytes, int len, int lineNo, CharsetDecoder utf8, String displayName,
                               LineHandler handler) {
        if (len > 0 && bytes[len - 1] == '\r') {
            len--;
        }
        String text;
        if (isAscii(bytes, len)) {
            text = new String(bytes, 0, len, StandardCharsets.ISO_8859_1); // the common case, no decoder needed
        } else {
            // the String constructor decodes without the decoder's CharBuffer and its copy (~60 MB of garbage
            // over a full load); it replaces bad bytes with U+FFFD, so a line holding one is decoded again
            // strictly, which tells a written U+FFFD from bytes that are not UTF-8
            text = new String(bytes, 0, len, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                try {
                    utf8.decode(ByteBuffer.wrap(bytes, 0, len));
                } catch (CharacterCodingException e) {
                    throw new GazetteerException(displayName, lineNo, "not valid UTF-8", e);
                }
            }
        }
        if (lineNo == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        handler.line(lineNo, text);
    }

    private static boolean isAscii(byte[] bytes, int len) {
        for (int i = 0; i < len; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static InputStream open(Path path) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new GZIPInputStream(raw, 1 << 16);
        }
        return raw;
    }
}
