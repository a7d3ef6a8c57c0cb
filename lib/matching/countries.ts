// Countries by the word news copy most often uses for them (demonyms are folded in terms.ts). Two claims whose
// quotes name different countries, neither mentioned by the other, are about different things however alike the
// rest ("$450 million package for Pakistan's F-16 fleet" against "$450 million package for Ukraine's air defences").
// The United States is left out: on a U.S. desk it is the actor of half the claims, not their subject.
import { stem } from "./terms";

const NAMES = (
  "afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh belarus " +
  "belgium benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad " +
  "chile china colombia congo drc croatia cuba cyprus czechia denmark djibouti ecuador egypt eritrea estonia eswatini " +
  "ethiopia fiji finland france gabon gambia georgia germany ghana greece guatemala guinea guyana haiti honduras " +
  "hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kosovo kuwait " +
  "kyrgyzstan laos latvia lebanon lesotho liberia libya lithuania luxembourg madagascar malawi malaysia maldives mali " +
  "malta mauritania mauritius mexico moldova mongolia montenegro morocco mozambique myanmar namibia nepal netherlands " +
  "nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland portugal qatar " +
  "romania russia rwanda senegal serbia singapore slovakia slovenia somalia spain sudan suriname sweden switzerland " +
  "syria taiwan tajikistan tanzania thailand togo tunisia turkey turkmenistan uganda ukraine uk uruguay uzbekistan " +
  "venezuela vietnam yemen zambia zimbabwe ussr"
).split(" ");

export const COUNTRIES: ReadonlySet<string> = new Set(NAMES.map(stem));
