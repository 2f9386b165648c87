package asyncscope.lessons.rustlite.compile;


/** A method call's name, turbofish type ({@code parse::<u64>}) and whether its receiver is a temporary. */
public record MethodRef(String name, String turbofish, boolean tempReceiver) {
    @Override
    public String toString() {
        return name;
    }
}
