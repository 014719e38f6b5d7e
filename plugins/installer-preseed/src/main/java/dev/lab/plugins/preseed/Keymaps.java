package dev.lab.plugins.preseed;

import java.util.Set;

/**
 * The keyboard layouts debian-installer 12 offers: the choices of {@code
 * keyboard-configuration/xkb-keymap} in keyboard-configuration's debconf template. A value outside
 * this list makes the installer stop and ask.
 */
final class Keymaps {
  static final Set<String> CHOICES = Set.of(
      "us", "al", "ara", "es(ast)", "bd", "by", "in(ben)", "be", "dz(la)", "ba", "br", "gb", "bg",
      "bg(phonetic)", "mm", "ca", "ca(multi)", "es(cat)", "cn", "hr", "cz", "dk", "nl",
      "us(dvorak)", "bt", "epo", "ee", "et", "fi", "fr(latin9)", "ge", "de", "gr", "in(guj)",
      "in(jhelum)", "il", "in", "hu", "is", "ie", "it", "jp", "in(kan)", "kz", "kh", "kg",
      "kr(kr104)", "tr(ku_f)", "tr(ku)", "la", "latam", "lv", "lt", "mk", "in(mal)", "np",
      "no(smi)", "no", "ir", "ph", "pl", "pt", "in(guru)", "ro", "ru", "rs", "pk(snd)", "lk", "sk",
      "si", "es", "se", "ch(fr)", "ch", "tj", "in(tam)", "in(tel)", "th", "cn(tib)", "tr(f)", "tr",
      "ua", "cn(ug)", "vn");

  private Keymaps() {}
}
