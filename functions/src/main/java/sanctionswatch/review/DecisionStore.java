package sanctionswatch.review;

import java.util.List;

/** Where analysts' decisions are kept (the decisions table on AWS). */
public interface DecisionStore {
    /** Records a decision; one with the same {@link Decision#id()} is replaced. */
    void put(Decision decision);

    /** Every decision, oldest first (a table of a few hundred items: read once per scan). */
    List<Decision> all();
}
