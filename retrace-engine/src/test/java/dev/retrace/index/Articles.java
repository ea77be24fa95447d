package dev.retrace.index;

import dev.retrace.documents.Document;
import java.util.Random;

/** Synthetic but distinct wire-style articles for index tests. */
final class Articles {
  private static final String[] PLACES = {"Lagos", "Quito", "Oslo", "Hanoi", "Perth", "Lima", "Riga", "Accra", "Dhaka", "Tunis"};
  private static final String[] THINGS = {"budget", "harbour", "railway", "election", "vaccine", "drought", "festival", "strike"};

  private Articles() {}

  static Document article(int n) {
    Random r = new Random(n);
    String place = PLACES[r.nextInt(PLACES.length)];
    String thing = THINGS[r.nextInt(THINGS.length)];
    int figure = 1000 + r.nextInt(900_000);
    String text = "Officials in " + place + " announced on Tuesday that the " + thing + " plan number " + n
        + " would cost " + figure + " dollars, more than twice the estimate published last year.\n"
        + "Minister Ada Example-" + n + " said the council had approved the " + thing + " after " + (2 + r.nextInt(40))
        + " hours of debate and that work would begin within " + (3 + r.nextInt(20)) + " weeks.\n"
        + "Critics said the figure of " + figure + " dollars left out maintenance, which they put at "
        + (100 + r.nextInt(9000)) + " dollars a year, and asked for an independent review of item " + n + ".";
    return new Document("a" + n, "https://example.org/" + n, "Plan " + n, null, text, Document.INLINE);
  }
}
