package fr.entraide.places;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The department and region of a French postcode: the first two digits, except Corsica (20xxx: 2A below 20200, 2B
 * from there) and overseas (971 to 976, three digits). Regions are INSEE codes (2016 regions).
 */
public record Territory(String department, String region, String regionName) {

    private static final Map<String, String> REGION_OF_DEPARTMENT = new HashMap<>();
    private static final Map<String, String> REGION_NAMES = new HashMap<>();

    static {
        region("84", "Auvergne-Rhône-Alpes", "01 03 07 15 26 38 42 43 63 69 73 74");
        region("27", "Bourgogne-Franche-Comté", "21 25 39 58 70 71 89 90");
        region("53", "Bretagne", "22 29 35 56");
        region("24", "Centre-Val de Loire", "18 28 36 37 41 45");
        region("94", "Corse", "2A 2B");
        region("44", "Grand Est", "08 10 51 52 54 55 57 67 68 88");
        region("32", "Hauts-de-France", "02 59 60 62 80");
        region("11", "Île-de-France", "75 77 78 91 92 93 94 95");
        region("28", "Normandie", "14 27 50 61 76");
        region("75", "Nouvelle-Aquitaine", "16 17 19 23 24 33 40 47 64 79 86 87");
        region("76", "Occitanie", "09 11 12 30 31 32 34 46 48 65 66 81 82");
        region("52", "Pays de la Loire", "44 49 53 72 85");
        region("93", "Provence-Alpes-Côte d'Azur", "04 05 06 13 83 84");
        region("01", "Guadeloupe", "971");
        region("02", "Martinique", "972");
        region("03", "Guyane", "973");
        region("04", "La Réunion", "974");
        region("06", "Mayotte", "976");
    }

    private static void region(String code, String name, String departments) {
        REGION_NAMES.put(code, name);
        for (String department : departments.split(" ")) {
            REGION_OF_DEPARTMENT.put(department, code);
        }
    }

    /** The territory of a five-digit postcode; empty when it names no department (00…, 96…, 977 and beyond). */
    public static Optional<Territory> ofPostcode(String postcode) {
        if (postcode == null || !postcode.matches("\\d{5}")) {
            return Optional.empty();
        }
        String department = postcode.substring(0, 2);
        if (department.equals("20")) {
            department = Integer.parseInt(postcode) < 20200 ? "2A" : "2B";
        } else if (department.equals("97")) {
            department = postcode.substring(0, 3);
        }
        if (department.equals("975")) {
            return Optional.of(new Territory("975", null, null));
        }
        String region = REGION_OF_DEPARTMENT.get(department);
        return region == null ? Optional.empty() : Optional.of(new Territory(department, region, REGION_NAMES.get(region)));
    }

    /** The territory of an INSEE municipality code (75056, 2A004, 97411): its first two (overseas: three) characters. */
    public static Optional<Territory> ofInsee(String insee) {
        if (insee == null || !insee.matches("\\d{5}|2[AB]\\d{3}")) {
            return Optional.empty();
        }
        String department = insee.startsWith("97") ? insee.substring(0, 3) : insee.substring(0, 2);
        if (department.equals("975")) {
            return Optional.of(new Territory("975", null, null));
        }
        String region = REGION_OF_DEPARTMENT.get(department);
        return region == null ? Optional.empty() : Optional.of(new Territory(department, region, REGION_NAMES.get(region)));
    }

    public static String regionName(String region) {
        return region == null ? null : REGION_NAMES.get(region);
    }

    public static boolean knownRegion(String region) {
        return REGION_NAMES.containsKey(region);
    }

    public static boolean knownDepartment(String department) {
        return REGION_OF_DEPARTMENT.containsKey(department) || "975".equals(department);
    }
}
