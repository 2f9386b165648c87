package asyncscope.lessons.rustlite.value;

/**
 * What std's and Tokio's error types print. They are enums (or tuple structs) a program matches on
 * ({@code Err(TrySendError::Full(v))}), so Rust-lite keeps them as {@link REnum}s tagged with the module
 * they come from, whose {@code Display} texts differ ({@code mpsc}'s {@code Empty} is "receiving on an
 * empty channel", {@code broadcast}'s is "channel empty"). The texts are Tokio 1.24's and std's.
 */
public final class StdErrors {
    private StdErrors() {}

    /** The Display text, or null when the type prints as its derived Debug. */
    static String display(REnum e) {
        String key = e.family + "::" + e.type + "::" + e.variant;
        return switch (key) {
            case "mpsc::TryRecvError::Empty" -> "receiving on an empty channel";
            case "mpsc::TryRecvError::Disconnected" -> "receiving on a closed channel";
            case "mpsc::TrySendError::Full" -> "no available capacity";
            case "mpsc::TrySendError::Closed", "mpsc::SendError::SendError", "watch::SendError::SendError",
                 "broadcast::SendError::SendError", "broadcast::RecvError::Closed", "broadcast::TryRecvError::Closed",
                 "oneshot::TryRecvError::Closed", "oneshot::RecvError::RecvError", "watch::RecvError::RecvError" -> "channel closed";
            case "broadcast::TryRecvError::Empty", "oneshot::TryRecvError::Empty" -> "channel empty";
            case "broadcast::RecvError::Lagged", "broadcast::TryRecvError::Lagged" -> "channel lagged by " + e.fields[0];
            case "semaphore::TryAcquireError::NoPermits" -> "no permits available";
            case "std_mpsc::SendError::SendError", "std_mpsc::TrySendError::Disconnected" -> "sending on a closed channel";
            case "std_mpsc::TrySendError::Full" -> "sending on a full channel";
            case "std_mpsc::RecvError::RecvError" -> "receiving on a closed channel";
            case "std_mpsc::TryRecvError::Empty" -> "receiving on an empty channel";
            case "std_mpsc::TryRecvError::Disconnected" -> "receiving on an empty and disconnected channel";
            case "std_mpsc::RecvTimeoutError::Timeout" -> "timed out waiting on channel";
            case "std_mpsc::RecvTimeoutError::Disconnected" -> "channel is empty and sending half is closed";
            case "semaphore::TryAcquireError::Closed", "semaphore::AcquireError::AcquireError" -> "semaphore closed";
            default -> null;
        };
    }

    /** The Debug text where Tokio writes its own instead of deriving it, or null. */
    static String debug(REnum e) {
        String key = e.family + "::" + e.type + "::" + e.variant;
        return switch (key) {
            case "mpsc::SendError::SendError", "broadcast::SendError::SendError", "std_mpsc::SendError::SendError" -> "SendError { .. }";
            case "std_mpsc::TrySendError::Full" -> "Full(..)";
            case "std_mpsc::TrySendError::Disconnected" -> "Disconnected(..)";
            case "oneshot::RecvError::RecvError" -> "RecvError(())";
            case "watch::RecvError::RecvError" -> "RecvError(())";
            case "semaphore::AcquireError::AcquireError" -> "AcquireError(())";
            default -> null;
        };
    }
}
