package asyncscope.engine.runtime;

/**
 * Two sets of park hooks seen as one (e.g. the timer wheel and the I/O reactor): the next deadline is
 * the earlier of the two, firing fires both, and the first blocking I/O driver found is the one a
 * parked worker may block in.
 */
final class CompositeHooks implements ParkHooks {
    private final ParkHooks a;
    private final ParkHooks b;

    CompositeHooks(ParkHooks a, ParkHooks b) {
        this.a = a;
        this.b = b;
    }

    @Override
    public long nextDeadline() {
        return Math.min(a.nextDeadline(), b.nextDeadline());
    }

    @Override
    public void fireDue(long now) {
        a.fireDue(now);
        b.fireDue(now);
    }

    @Override
    public IoPark ioPark() {
        IoPark p = a.ioPark();
        return p != null ? p : b.ioPark();
    }
}
