using System.Globalization;

namespace PostApprovalBot.Bench;

/// <summary>A measured number and the target it is held to: printed with "met" or "missed".</summary>
public sealed record Target(string What, double Value, double Limit, bool AtMost, string Unit = "")
{
    public bool Met => !double.IsNaN(Value) && (AtMost ? Value <= Limit : Value >= Limit);

    public static Target Max(string what, double value, double limit, string unit = "") => new(what, value, limit, true, unit);

    public static Target Min(string what, double value, double limit, string unit = "") => new(what, value, limit, false, unit);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{What}: {Value:0.##}{Unit}, target {(AtMost ? "<=" : ">=")} {Limit:0.##}{Unit}: {(Met ? "met" : "MISSED")}");
}
