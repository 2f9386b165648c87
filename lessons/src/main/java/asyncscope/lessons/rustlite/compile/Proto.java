package asyncscope.lessons.rustlite.compile;

import asyncscope.lessons.rustlite.ast.Pos;
import asyncscope.lessons.rustlite.value.IntTy;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled function, closure or async block: its code, how many local slots it needs, which slots receive
 * its parameters and captures, and for async bodies the source position of every {@code .await} (the
 * states of the generated state machine).
 */
public final class Proto {
    public final String name;
    public final boolean isAsync;
    public final Pos pos;
    public Insn[] code;
    public int nlocals;
    public int nparams;
    /** Integer type declared for each parameter (null if none), applied to inferred literals on call. */
    public IntTy[] paramInts = new IntTy[0];
    public IntTy retInt;
    /** Slots in this proto that receive captured values, in capture order. */
    public final List<Integer> captureSlots = new ArrayList<>();
    /** Captures taken by reference (non-move closures): never dropped by this proto. */
    public final List<Boolean> captureBorrowed = new ArrayList<>();
    /** For each capture, the slot it comes from in the enclosing function. */
    public final List<Integer> captureFrom = new ArrayList<>();
    public final List<Pos> awaits = new ArrayList<>();
    /** Slots that only borrow (non-move captures, bindings into a matched variable): never dropped here. */
    public boolean[] borrowed = new boolean[0];
    /** Set for a method: the impl type it belongs to. */
    public String owner;
    /** Set for a method of a trait impl: the trait's name ({@code From}, {@code Add}). */
    public String trait;
    /** Declared types of the parameters after {@code self}, to tell same-named impls apart at run time. */
    public List<asyncscope.lessons.rustlite.ast.TypeRef> paramTypes = List.of();
    /** Declared types of all parameters ({@code self} included, as null), to bind type parameters from arguments. */
    public asyncscope.lessons.rustlite.ast.TypeRef[] paramDecls = new asyncscope.lessons.rustlite.ast.TypeRef[0];
    /**
     * Every impl of this name for this type when there are several ({@code impl From<A> for T} and
     * {@code impl From<B> for T} both give {@code T::from}); null when there is one.
     */
    public List<Proto> overloads;
    /** Type parameters the body names at run time ({@code T::new()}) and the local slots holding their bindings. */
    public String[] typeNames = new String[0];
    public int[] typeSlots = new int[0];
    /** All the function's type parameters in declaration order (for explicit type arguments). */
    public String[] typeOrder = new String[0];

    public Proto(String name, boolean isAsync, Pos pos) {
        this.name = name;
        this.isAsync = isAsync;
        this.pos = pos;
    }

    /** State names as the Rust compiler's generated enum would call them. */
    public List<String> stateNames() {
        List<String> s = new ArrayList<>();
        s.add("Unresumed");
        for (int i = 0; i < awaits.size(); i++) {
            Pos p = awaits.get(i);
            s.add("Suspend" + i + " (.await at " + p.line() + ":" + p.column() + ")");
        }
        s.add("Returned");
        s.add("Panicked");
        return s;
    }

    @Override
    public String toString() {
        return name;
    }
}
