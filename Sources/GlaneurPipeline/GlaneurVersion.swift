/// The program's version, printed by `glaneur --version` and written in run reports.
public enum GlaneurVersion {
    public static let current = "0.13.0"
}
