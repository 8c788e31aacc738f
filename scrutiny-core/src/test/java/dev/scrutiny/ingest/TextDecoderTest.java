package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

  /** Short Russian and Ukrainian news sentences, written for these tests. */
  private static final List<String> SENTENCES = List.of(
      "Обстрел продолжался всю ночь.",
      "Губернатор сообщил о двух раненых.",
      "В Киеве объявлена воздушная тревога.",
      "Колонна техники прошла через Бахмут утром.",
      "«Мы не отступим», — сказал командир.",
      "По данным ведомства, уничтожено 12 дронов.",
      "Переговоры в Стамбуле завершились без результата.",
      "Жителей эвакуировали в соседнюю область.",
      "Мост через реку был повреждён 6 августа.",
      "Президент провёл совещание с военными.");

  @ParameterizedTest
  @ValueSource(strings = {"windows-1251", "KOI8-R"})
  void every_short_russian_sentence_is_detected_in_both_code_pages(String charset) throws Exception {
    Charset cs = Charset.forName(charset);
    for (String sentence : SENTENCES) {
      TextDecoder.Decoded d = TextDecoder.decode(sentence.replace("«", "\"").replace("»", "\"").replace("—", "-")
          .getBytes(cs), null);
      assertThat(d.charset()).as(sentence).isEqualTo(cs);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1251", "KOI8-R"})
  void random_mixes_of_sentences_round_trip(String charset) throws Exception {
    Charset cs = Charset.forName(charset);
    Random random = new Random(42);
    for (int trial = 0; trial < 200; trial++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + random.nextInt(4);
      for (int i = 0; i < n; i++) {
        text.append(SENTENCES.get(random.nextInt(SENTENCES.size()))).append(' ');
      }
      String original = text.toString().replace("«", "\"").replace("»", "\"").replace("—", "-").strip();
      if (charset.equals("KOI8-R")) {
        original = original.replace('ё', 'е');
      }
      TextDecoder.Decoded d = TextDecoder.decode(original.getBytes(cs), null);
      assertThat(d.text()).as("trial %d", trial).isEqualTo(original);
    }
  }

  @Test
  void upper_case_headlines_are_detected_too() throws Exception {
    String headline = "ВСУ ОТСТУПИЛИ ОТ АРТЁМОВСКА, ЗАЯВИЛИ В МИНОБОРОНЫ";
    assertThat(TextDecoder.decode(headline.getBytes("windows-1251"), null).text()).isEqualTo(headline);
    assertThat(TextDecoder.decode(headline.replace('Ё', 'Е').getBytes("KOI8-R"), null).text())
        .isEqualTo(headline.replace('Ё', 'Е'));
  }

  @Test
  void ukrainian_in_windows_1251_is_detected() throws Exception {
    String text = "Збройні сили України звільнили село під Харковом, повідомив Генштаб.";
    assertThat(TextDecoder.decode(text.getBytes("windows-1251"), null).text()).isEqualTo(text);
  }

  @Test
  void western_legacy_text_falls_back_to_windows_1252() throws Exception {
    String text = "Le ministère a démenti l'information, a déclaré le porte-parole à Genève.";
    TextDecoder.Decoded d = TextDecoder.decode(text.getBytes("windows-1252"), null);
    assertThat(d.charset().name()).isEqualTo("windows-1252");
    assertThat(d.text()).isEqualTo(text);
  }

  @Test
  void valid_utf_8_is_taken_as_is_without_a_note() throws Exception {
    String text = "Бахмут (Артёмовск) — 6 августа «тихо», сказал он.";
    TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), "windows-1251");
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.note()).isNull();
  }

  @Test
  void utf_8_with_a_stray_bad_byte_keeps_utf_8_and_says_so() throws Exception {
    byte[] good = "Бахмут и Артёмовск — один и тот же город, сказал он. ".repeat(3).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 1];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xFF;
    TextDecoder.Decoded d = TextDecoder.decode(bytes, null);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.note()).contains("1 invalid UTF-8");
  }

  @Test
  void utf_16_without_byte_order_mark_is_recognised_by_its_zero_bytes() throws Exception {
    String text = "Troops withdrew from the village, officials said.";
    assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE), null).text()).isEqualTo(text);
    assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE), null).text()).isEqualTo(text);
  }

  @Test
  void nul_bytes_and_control_characters_and_known_signatures_are_binary() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[] {'a', 0, 0, 0, 'b', 0x13, 0, 1, 2, 3}, null))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("not a text file");
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertThatThrownBy(() -> TextDecoder.decode(controls, null)).hasMessageContaining("control characters");
    assertThatThrownBy(() -> TextDecoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}, null))
        .hasMessageContaining("PNG");
    assertThatThrownBy(() -> TextDecoder.decode(new byte[] {'P', 'K', 3, 4, 20, 0}, null)).hasMessageContaining("ZIP");
  }
}
