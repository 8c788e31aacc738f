package dev.scrutiny.entities;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void prints() {
    for (String t : new String[] {
        "Ukraine's top commander, Oleksandr Syrskyi, said on Tuesday that troops had pushed back Russian assaults near Pokrovsk. Syrskyi added that HIMARS launchers had struck a command post.",
        "Kremlin spokesman Dmitry Peskov dismissed the report. Russian President Vladimir Putin met Chief of the General Staff Valery Gerasimov in Moscow on Friday. The Russian president said Ukrainian forces had been driven out of Sudzha. He praised the Wagner Group and North Korean troops.",
        "The head of Chechnya, Ramzan Kadyrov, posted a video from the front. Kadyrov's fighters were filmed near the Kursk region. He claimed they had seized a village.",
        "Mykhailo Podoliak, an adviser to the head of the presidential office, said Vladimir Zelensky's regime was not the target, mocking Moscow's line. Podolyak said ATACMS missiles were used with Washington's consent. Zelenskyy later thanked allies.",
        "RUSSIAN TROOPS ADVANCE NEAR POKROVSK AS PUTIN MEETS GERASIMOV",
        "Defence Minister Andrei Belousov and Gen. Valery Gerasimov inspected units of the Western grouping, the ministry said."}) {
      System.out.println(t + "\n" + Articles.show(t, Articles.entities(t)));
    }
  }
}
