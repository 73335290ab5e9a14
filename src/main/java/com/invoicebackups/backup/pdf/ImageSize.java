package com.invoicebackups.backup.pdf;

/** An image file's declared width and height, read from its header without decoding it ({0, 0} when none is found). */
final class ImageSize {

    private ImageSize() {
    }

    static long[] declared(SourceFile.Kind kind, byte[] head) {
        return switch (kind) {
            case PNG -> head.length >= 24 ? new long[] {readInt(head, 16), readInt(head, 20)} : new long[2];
            case JPEG -> jpeg(head);
            default -> new long[2];
        };
    }

    /** The first start-of-frame marker's height and width. */
    private static long[] jpeg(byte[] head) {
        int at = 2;
        while (at + 9 < head.length) {
            if ((head[at] & 0xff) != 0xFF) {
                return new long[2];
            }
            int marker = head[at + 1] & 0xff;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                long height = ((head[at + 5] & 0xff) << 8) | (head[at + 6] & 0xff);
                long width = ((head[at + 7] & 0xff) << 8) | (head[at + 8] & 0xff);
                return new long[] {width, height};
            }
            at += 2 + (((head[at + 2] & 0xff) << 8) | (head[at + 3] & 0xff));
        }
        return new long[2];
    }

    private static long readInt(byte[] bytes, int at) {
        return ((long) (bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
                | (bytes[at + 3] & 0xff);
    }
}
