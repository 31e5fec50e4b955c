package org.mlpworkbench.bundle;

import java.io.IOException;

/**
 * A file that should hold a model, weights or an export is not what it claims to be: truncated,
 * corrupted, of a newer format version, or inconsistent. The message says which file and what is wrong.
 */
public class BundleFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public BundleFormatException(String message) {
        super(message);
    }

    public BundleFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
