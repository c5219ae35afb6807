/**
 * Test fixtures shared by tests of many packages: sample sessions (the template day with ids
 * s1..s7, the board fixture, large and random sessions, the sample workshop), clocks, a session
 * model with its notifier kept, and the FX support that opens the day in a real shell or shows a
 * projection scaled to the headless screen. Fixtures used by one package's tests only stay there.
 */
package org.zielbild.testing;
