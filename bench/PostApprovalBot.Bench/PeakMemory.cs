using System.Diagnostics;
using System.Globalization;

namespace PostApprovalBot.Bench;

/// <summary>Peak resident memory: of this process (the bot, the clients and the stand-ins) and of Azurite (from /proc).</summary>
public static class PeakMemory
{
    public static double ThisProcessMiB()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64 / 1024.0 / 1024.0;
    }

    /// <summary>The machine's memory (MemTotal on Linux, else what the runtime may use).</summary>
    public static double MachineGiB()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null
            ? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024.0 / 1024.0
            : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0 / 1024.0;
    }

    /// <summary>VmHWM of the process and its children's peak is not kept by Linux, so this reads the one process; null off Linux.</summary>
    public static double? ProcessMiB(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
