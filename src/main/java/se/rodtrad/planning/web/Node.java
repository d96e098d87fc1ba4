package se.rodtrad.planning.web;

import java.util.ArrayList;
import java.util.List;
import se.rodtrad.planning.PlanEntry;

/** A plan entry with its children, for rendering the plan as a tree. */
public record Node(PlanEntry entry, List<Node> children) {

    static List<Node> tree(List<PlanEntry> entries) {
        List<Node> roots = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        for (PlanEntry e : entries) {
            Node n = new Node(e, new ArrayList<>());
            while (stack.size() > e.depth()) {
                stack.remove(stack.size() - 1);
            }
            if (stack.isEmpty()) {
                roots.add(n);
            } else {
                stack.get(stack.size() - 1).children().add(n);
            }
            stack.add(n);
        }
        return roots;
    }
}
