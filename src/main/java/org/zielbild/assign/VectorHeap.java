package org.zielbild.assign;

import java.util.Arrays;

/**
 * A binary min-heap of node ids keyed by vectors kept outside the heap (in the flow's distance
 * array), compared lexicographically; supports lowering a key in place.
 */
final class VectorHeap {

    private final long[] keys;
    private final int dims;
    private final int[] heap;
    private final int[] position;
    private int size;

    VectorHeap(long[] keys, int dims, int nodes) {
        this.keys = keys;
        this.dims = dims;
        this.heap = new int[nodes];
        this.position = new int[nodes];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            position[heap[i]] = -1;
        }
        size = 0;
    }

    /** Inserts {@code node}, or moves it up after its key was lowered. */
    void offer(int node) {
        int at = position[node];
        if (at < 0) {
            at = size++;
            heap[at] = node;
            position[node] = at;
        }
        siftUp(at);
    }

    int poll() {
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int at) {
        int node = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (Lex.compare(keys, node * dims, keys, heap[parent] * dims, dims) >= 0) {
                break;
            }
            place(heap[parent], at);
            at = parent;
        }
        place(node, at);
    }

    private void siftDown(int at) {
        int node = heap[at];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && Lex.compare(keys, heap[child + 1] * dims, keys, heap[child] * dims, dims) < 0) {
                child++;
            }
            if (Lex.compare(keys, heap[child] * dims, keys, node * dims, dims) >= 0) {
                break;
            }
            place(heap[child], at);
            at = child;
        }
        place(node, at);
    }

    private void place(int node, int at) {
        heap[at] = node;
        position[node] = at;
    }
}
