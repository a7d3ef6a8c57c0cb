import { describe, expect, it } from "vitest";
import { only, valuesOf } from "./helpers";

describe("money", () => {
  it("reads symbols with scale words", () => {
    expect(only("approved a $450 million package", "money")).toEqual({ kind: "money", value: 450000000, unit: "USD" });
    expect(only("trade stood at $12 billion", "money")).toEqual({ kind: "money", value: 12000000000, unit: "USD" });
    expect(only("it costs £2.5 billion", "money")).toEqual({ kind: "money", value: 2500000000, unit: "GBP" });
    expect(only("a fine of $1,250,000", "money")).toEqual({ kind: "money", value: 1250000, unit: "USD" });
  });

  it("keeps qualifiers with their bound", () => {
    const [v] = valuesOf("aid amounts to more than $200 billion.", "money");
    expect(v).toEqual({ kind: "money", value: 200000000000, unit: "USD", qualifier: "more than" });
    expect(only("nearly $5 million", "money").qualifier).toBe("nearly");
    expect(only("up to €40m in grants", "money")).toEqual({ kind: "money", value: 40000000, unit: "EUR", qualifier: "up to" });
    expect(only("at least Rs 10 billion", "money").qualifier).toBe("at least");
  });

  it("reads abbreviations stuck to the number", () => {
    expect(only("a US$3.5bn loan", "money")).toEqual({ kind: "money", value: 3500000000, unit: "USD" });
    expect(only("a €40m grant", "money")).toEqual({ kind: "money", value: 40000000, unit: "EUR" });
    expect(only("a $5k prize", "money")).toEqual({ kind: "money", value: 5000, unit: "USD" });
  });

  it("reads rupees as PKR unless India is named nearby", () => {
    expect(only("The budget is Rs 1.2 trillion.", "money")).toEqual({ kind: "money", value: 1200000000000, unit: "PKR" });
    expect(only("India's budget is Rs 1.2 trillion.", "money").unit).toBe("INR");
    expect(only("It set aside ₹500 crore.", "money")).toEqual({ kind: "money", value: 5000000000, unit: "INR" });
    expect(only("It paid 300 million Pakistani rupees.", "money")).toEqual({ kind: "money", value: 300000000, unit: "PKR" });
  });

  it("reads currency words and codes after the amount", () => {
    expect(only("It cost 1.2 million dollars.", "money")).toEqual({ kind: "money", value: 1200000, unit: "USD" });
    expect(only("a grant of 40 million euros", "money")).toEqual({ kind: "money", value: 40000000, unit: "EUR" });
    expect(only("about three million dollars", "money")).toEqual({ kind: "money", value: 3000000, unit: "USD", qualifier: "about" });
    expect(only("a loan of 500 million USD", "money")).toEqual({ kind: "money", value: 500000000, unit: "USD" });
    expect(only("paid 20 million Canadian dollars", "money").unit).toBe("CAD");
  });

  it("reads cents and hedges with 'an additional'", () => {
    expect(only("rose by 9 cents, or 0.3 percent", "money")).toEqual({ kind: "money", value: 0.09, unit: "USD" });
    expect(only("to provide up to an additional $500 million", "money")).toEqual({
      kind: "money", value: 500000000, unit: "USD", qualifier: "up to",
    });
    expect(only("This additional $267 million fulfils it", "money")).toEqual({ kind: "money", value: 267000000, unit: "USD" });
  });

  it("does not read weights or years as money", () => {
    expect(valuesOf("The parcel weighed 200 pounds.", "money")).toEqual([]);
    expect(valuesOf("It happened in 2022.", "money")).toEqual([]);
  });
});
