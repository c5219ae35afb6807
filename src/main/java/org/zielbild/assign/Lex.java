package org.zielbild.assign;

/** Lexicographic comparison of vectors stored in flat {@code long} arrays. */
final class Lex {

    private Lex() {
    }

    static int compare(long[] a, int aFrom, long[] b, int bFrom, int dims) {
        for (int i = 0; i < dims; i++) {
            long x = a[aFrom + i];
            long y = b[bFrom + i];
            if (x != y) {
                return x < y ? -1 : 1;
            }
        }
        return 0;
    }
}
