//! Pools of given names and surnames used to invent people.
//!
//! People in the corpus are fictional: a first name and a surname are drawn
//! independently from the pool of their community, so no quote is ever put in
//! the mouth of a real public figure. Some pools contain non-ASCII letters on
//! purpose, to exercise UTF-8 handling downstream.

/// A pool of given names and surnames.
#[derive(Debug)]
pub struct Names {
    /// Given names.
    pub first: &'static [&'static str],
    /// Surnames.
    pub last: &'static [&'static str],
    /// Names are not split into given name and surname (Burmese names):
    /// later mentions repeat the whole name.
    pub whole: bool,
}

/// Ukrainian names (transliterated).
pub static UKRAINIAN: Names = Names {
    whole: false,
    first: &["Olena", "Andriy", "Oksana", "Dmytro", "Iryna", "Serhiy", "Nataliya", "Oleksandr", "Yuliya", "Mykola", "Halyna", "Taras", "Viktoriya", "Bohdan"],
    last: &["Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Hrytsenko", "Savchenko", "Lysenko", "Marchenko", "Pavlenko", "Moroz", "Rudenko", "Yaremchuk"],
};

/// Russian names (transliterated).
pub static RUSSIAN: Names = Names {
    whole: false,
    first: &["Sergei", "Anna", "Dmitry", "Yelena", "Alexei", "Marina", "Igor", "Tatiana", "Vladislav", "Olga", "Nikolai", "Svetlana", "Maxim", "Irina"],
    last: &["Volkov", "Morozova", "Sokolov", "Lebedeva", "Kuznetsov", "Orlova", "Fedorov", "Belova", "Zaitsev", "Kiselyova", "Gromov", "Pavlova", "Smirnov", "Vasilyeva"],
};

/// Israeli names.
pub static ISRAELI: Names = Names {
    whole: false,
    first: &["Yael", "Avi", "Noa", "Eitan", "Tamar", "Yossi", "Michal", "Amir", "Shira", "Dov", "Ronit", "Gilad", "Maya", "Itai"],
    last: &["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Azoulay", "Dahan", "Shapiro", "Katz", "Ben-David", "Avraham", "Golan", "Ashkenazi"],
};

/// Levantine Arabic names (Gaza, Lebanon).
pub static LEVANTINE: Names = Names {
    whole: false,
    first: &["Mohammed", "Fatima", "Ahmed", "Samar", "Khaled", "Rania", "Yousef", "Huda", "Mahmoud", "Nour", "Ibrahim", "Amal", "Hassan", "Rasha"],
    last: &["Abu Shamala", "Al-Masri", "Haddad", "Khalil", "Nasser", "Barghouti", "Saleh", "Awad", "Qassem", "Hamdan", "Darwish", "Shaheen", "Mansour", "Odeh"],
};

/// Sudanese names.
pub static SUDANESE: Names = Names {
    whole: false,
    first: &["Osman", "Amna", "Abdelrahman", "Mawahib", "Hamid", "Sawsan", "Babiker", "Nafisa", "Elfatih", "Hiba", "Yasir", "Ikhlas", "Mubarak", "Rehab"],
    last: &["Abdelrahim", "Elnour", "Osman", "Babikir", "Ibrahim", "Mohamedain", "Adam", "Yagoub", "Hassabo", "Idris", "Eltayeb", "Suleiman", "Abakar", "Elamin"],
};

/// Congolese names.
pub static CONGOLESE: Names = Names {
    whole: false,
    first: &["Jean-Pierre", "Désiré", "Espérance", "Patrick", "Furaha", "Olivier", "Neema", "Bienvenu", "Chantal", "Trésor", "Aline", "Corneille", "Josué", "Mireille"],
    last: &["Mukendi", "Kabila", "Mbuyi", "Tshisekedi", "Lumbala", "Kasongo", "Bahati", "Kalume", "Mutombo", "Ngoy", "Bisimwa", "Nzanzu", "Kambale", "Muhindo"],
};

/// Yemeni names.
pub static YEMENI: Names = Names {
    whole: false,
    first: &["Abdullah", "Arwa", "Nabil", "Bushra", "Fuad", "Raghda", "Saleh", "Wafa", "Tawfiq", "Ghada", "Ameen", "Afrah", "Murad", "Samira"],
    last: &["Al-Hamdani", "Al-Ahmar", "Al-Sharabi", "Al-Maqtari", "Al-Awlaki", "Bin Salem", "Al-Hakimi", "Al-Iryani", "Al-Zubairi", "Al-Saqqaf", "Al-Mikhlafi", "Al-Kuhlani", "Al-Absi", "Al-Qadhi"],
};

/// Indian names.
pub static INDIAN: Names = Names {
    whole: false,
    first: &["Rahul", "Priya", "Arjun", "Sunita", "Vikram", "Anjali", "Rohit", "Meera", "Imran", "Shabnam", "Aditya", "Kavita", "Farooq", "Neha"],
    last: &["Sharma", "Bhat", "Singh", "Kaul", "Verma", "Dar", "Mehta", "Lone", "Gupta", "Wani", "Iyer", "Mir", "Chauhan", "Qureshi"],
};

/// Pakistani names.
pub static PAKISTANI: Names = Names {
    whole: false,
    first: &["Ayesha", "Bilal", "Sana", "Usman", "Hina", "Tariq", "Maryam", "Zubair", "Nadia", "Faisal", "Rabia", "Kamran", "Saima", "Junaid"],
    last: &["Khan", "Malik", "Chaudhry", "Abbasi", "Raja", "Butt", "Hussain", "Mirza", "Siddiqui", "Awan", "Sheikh", "Qazi", "Gilani", "Niazi"],
};

/// Burmese names.
pub static BURMESE: Names = Names {
    whole: true,
    first: &["Aung", "Thida", "Kyaw", "Hnin", "Zaw", "Khin", "Min", "Su", "Htet", "Nandar", "Thein", "Ei", "Ye", "May"],
    last: &["Naing", "Win", "Htun", "Aye", "Oo", "Myint", "Lwin", "Thu", "Soe", "Zin", "Maung", "Thant", "Kyi", "Tun"],
};

/// West African (Sahel) names.
pub static SAHEL: Names = Names {
    whole: false,
    first: &["Moussa", "Aïssata", "Boubacar", "Fatoumata", "Issa", "Mariam", "Amadou", "Kadiatou", "Oumar", "Awa", "Souleymane", "Hawa", "Ibrahim", "Rokia"],
    last: &["Traoré", "Diallo", "Coulibaly", "Keïta", "Sangaré", "Maïga", "Touré", "Cissé", "Sidibé", "Dembélé", "Ouédraogo", "Sawadogo", "Diarra", "Koné"],
};

/// Haitian names.
pub static HAITIAN: Names = Names {
    whole: false,
    first: &["Jean-Baptiste", "Marie-Claude", "Wilson", "Nadège", "Fritz", "Guerline", "Ricardo", "Jocelyne", "Évens", "Rosemond", "Stéphanie", "Dieudonné", "Lovely", "Frantz"],
    last: &["Joseph", "Pierre", "Charles", "Jean-Louis", "Désir", "Augustin", "Saint-Fleur", "Dorvil", "Étienne", "Célestin", "Jeune", "Michel", "Bastien", "Noël"],
};

/// Armenian names.
pub static ARMENIAN: Names = Names {
    whole: false,
    first: &["Armen", "Anahit", "Tigran", "Lusine", "Hovhannes", "Gayane", "Aram", "Siranush", "Levon", "Narine", "Davit", "Mariam"],
    last: &["Petrosyan", "Grigoryan", "Hakobyan", "Sargsyan", "Harutyunyan", "Avetisyan", "Mkrtchyan", "Khachatryan", "Vardanyan", "Karapetyan", "Ghazaryan", "Stepanyan"],
};

/// Azerbaijani names.
pub static AZERBAIJANI: Names = Names {
    whole: false,
    first: &["Elnur", "Leyla", "Rashad", "Günel", "Orkhan", "Aygün", "Tural", "Nigar", "Kamran", "Sevinc", "Vüqar", "Aynur"],
    last: &["Mammadov", "Aliyeva", "Hasanov", "Guliyeva", "Huseynov", "Ismayilova", "Babayev", "Abbasova", "Rzayev", "Jafarova", "Karimov", "Valiyeva"],
};

/// Somali names.
pub static SOMALI: Names = Names {
    whole: false,
    first: &["Abdirahman", "Hodan", "Mohamed", "Fartun", "Abdiweli", "Sahra", "Hassan", "Ifrah", "Yusuf", "Deeqa", "Ahmed", "Halima"],
    last: &["Warsame", "Farah", "Abdi", "Hirsi", "Osman", "Jama", "Nur", "Aden", "Elmi", "Dahir", "Mohamud", "Ali"],
};

/// Ethiopian names.
pub static ETHIOPIAN: Names = Names {
    whole: false,
    first: &["Abebe", "Tigist", "Dawit", "Meron", "Getachew", "Hirut", "Tesfaye", "Selam", "Yonas", "Bethlehem", "Kebede", "Almaz"],
    last: &["Gebremedhin", "Tadesse", "Haile", "Bekele", "Alemu", "Wolde", "Mengistu", "Assefa", "Desta", "Girma", "Kidane", "Berhe"],
};

/// Names of international officials, diplomats and analysts.
pub static INTERNATIONAL: Names = Names {
    whole: false,
    first: &["Catherine", "Martin", "Ingrid", "Thomas", "Elena", "Jonas", "Amara", "Henrik", "Sofia", "Daniel", "Grace", "Matteo", "Akiko", "Pablo", "Ruth", "Kwame", "Clara", "Lars", "Nadia", "Julian"],
    last: &["Fischer", "Dubois", "Lindqvist", "Okafor", "Moretti", "Jensen", "Ramírez", "Hoffmann", "Nakamura", "Mensah", "O'Connor", "Van der Berg", "Novak", "Laurent", "Kowalski", "Andersen", "Ferreira", "Whitfield", "Brennan", "Castellano"],
};
