package asyncscope.lessons.rustlite.value;

/** A Rust {@code String} (or {@code &str}): mutable text compared by content. */
public final class RStr implements Comparable<RStr> {
    public final StringBuilder sb;

    public RStr(String s) {
        this.sb = new StringBuilder(s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RStr r && r.sb.toString().equals(sb.toString());
    }

    @Override
    public int hashCode() {
        return sb.toString().hashCode();
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    @Override
    public int compareTo(RStr o) {
        return sb.toString().compareTo(o.sb.toString());
    }
}
