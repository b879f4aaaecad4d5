//! Common given names (lower-case), in the languages the crate reads: a
//! lexicon class that tells a person's name ("Lucy Akins") from a
//! title-case phrase ("Finished Terrarium", "Yahoo Finance").
//!
//! The list covers English (with the usual short forms: "Bob", "Liz"),
//! Irish, Scottish and Welsh, German, Dutch, Scandinavian, French, Spanish,
//! Portuguese, Italian, Greek, Polish, Czech, Hungarian, Romanian, Balkan,
//! Baltic and Caucasian, Russian and Ukrainian (Latin transliterations),
//! Turkish, Arabic, Persian, South Asian, Hebrew, African, Chinese, Japanese,
//! Korean and Southeast Asian given names. Names with diacritics are given as
//! printed ("jürgen", "søren", "łukasz") and, for the most common ones, also
//! without them, as English-language outlets print them ("jurgen").
//!
//! Left out on purpose are names that are far more often an ordinary word,
//! a month or weekday abbreviation, a place, a brand or a name particle at
//! the head of a headline or menu entry than a person's given name: "Will",
//! "May", "June", "Grace", "Hope", "Rose", "Bill", "Mark", "Art", "Summer",
//! "Jan", "Paris", "Georgia", "Chelsea", "Mercedes", "Sierra", "Roman",
//! "Christian", "Bianca", "Van", "Al".

use super::words::contains;
use crate::table::WordList;

/// Longest word, in bytes, that is looked up (no entry is longer).
const MAX_LEN: usize = 40;

/// The given names (lower-case, NFC), grouped by language; the first group a
/// name is common in holds it, and no name is listed twice.
#[rustfmt::skip]
static GIVEN_NAMES: WordList = WordList::new(&[
    // English (US, UK, Australia, Canada): men
    "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
    "charles", "christopher", "daniel", "matthew", "anthony", "donald", "steven", "stephen", "paul",
    "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
    "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "larry", "justin",
    "scott", "brandon", "benjamin", "samuel", "gregory", "alexander", "patrick", "raymond",
    "dennis", "jerry", "tyler", "aaron", "adam", "nathan", "henry", "zachary", "douglas", "peter",
    "kyle", "noah", "ethan", "jeremy", "walter", "keith", "roger", "terry", "austin", "sean",
    "gerald", "carl", "harold", "dylan", "arthur", "lawrence", "jordan", "jesse", "bryan", "bruce",
    "gabriel", "logan", "alan", "allen", "albert", "elijah", "wayne", "randy", "vincent", "mason",
    "roy", "ralph", "russell", "bradley", "philip", "phillip", "eugene", "louis", "harry", "howard",
    "liam", "oliver", "lucas", "owen", "connor", "caleb", "luke", "isaac", "evan", "hunter",
    "jackson", "aiden", "carter", "julian", "levi", "isaiah", "wyatt", "sebastian", "leo", "ezra",
    "theodore", "nolan", "cameron", "blake", "jared", "jeremiah", "derek", "derrick", "marcus",
    "malcolm", "neil", "nigel", "graham", "gavin", "trevor", "travis", "todd", "chad", "cody",
    "corey", "cory", "kurt", "kirk", "clint", "colin", "conrad", "dominic", "edwin", "elliot",
    "elliott", "emmett", "everett", "felix", "francis", "gilbert", "glenn", "glen", "gordon",
    "herbert", "ivan", "jerome", "jonah", "julius", "leonard", "lionel", "lloyd", "luther",
    "marvin", "micah", "nathaniel", "nelson", "norman", "oscar", "perry", "preston", "quentin",
    "reginald", "rodney", "roland", "rupert", "seth", "shawn", "shaun", "sheldon", "sidney",
    "silas", "simon", "solomon", "spencer", "stanley", "stuart", "stewart", "terrence", "terence",
    "theo", "tobias", "toby", "tristan", "victor", "wallace", "warren", "wesley", "wilson",
    "winston", "dwight", "curtis", "calvin", "clifford", "earl", "ernest", "floyd", "franklin",
    "frank", "max", "ray", "dean", "hugh", "hugo", "giles", "piers", "rowan", "damian", "damon",
    "jasper", "jude", "benedict", "fergus", "alfie", "archie", "harvey", "reggie", "ellis", "finn",
    "ronnie", "otto", "rufus", "riley", "tucker", "tyson", "carson", "cole", "declan", "desmond",
    "elias", "emmanuel", "fabian", "harrison", "joel", "jonas", "lorenzo", "luca", "milo", "nico",
    "omar", "pierce", "wade", "troy", "darren", "darryl", "daryl", "dwayne", "duane", "tyrone",
    "malik", "andre", "dante", "lamar", "cedric", "maurice", "neville", "quinn", "xavier", "jamie",
    "marshall", "mitchell", "brett", "brad", "shane", "ross", "craig", "lachlan", "morgan",
    "taylor", "parker", "cooper", "kerry", "leslie", "lindsay", "darius", "edgar", "gerard", "dale",
    "jay", "lee", "barack", "elon", "keir", "sadiq", "humza", "vivek", "rishi",
    // English: short forms and nicknames
    "bob", "bobby", "rob", "robbie", "bert", "ted", "teddy", "ed", "eddie", "ned", "fred",
    "freddie", "alex", "sam", "sammy", "pete", "phil", "greg", "jeff", "ken", "kenny", "rick",
    "ricky", "richie", "jake", "jack", "joey", "joe", "jim", "jimmy", "tom", "tommy", "tony",
    "andy", "ben", "benny", "chris", "josh", "matt", "mike", "nick", "nicky", "dan", "danny",
    "dave", "don", "doug", "hank", "stan", "stu", "walt", "tim", "vince", "nate", "jon", "johnny",
    "charlie", "chuck", "ron", "gerry", "barry", "billy", "willie", "willy", "lou", "sonny",
    "bernie", "ernie", "gus", "mitch", "sandy", "liz", "lizzie", "libby", "beth", "betty", "betsy",
    "becky", "cathy", "kathy", "katie", "kate", "kim", "jenny", "jen", "jess", "jessie", "jill",
    "jo", "josie", "judy", "julie", "kay", "kelly", "lucy", "maggie", "mandy", "meg", "millie",
    "molly", "nancy", "nell", "nikki", "pam", "patti", "peggy", "polly", "rosie", "sally", "sue",
    "susie", "tammy", "terri", "tina", "toni", "tracy", "vicky", "wendy", "winnie", "bonnie",
    "connie", "debbie", "deb", "ellie", "elsie", "evie", "ginny", "jackie", "jody", "maddie",
    "pippa", "sadie", "tess", "tessa",
    // English (US, UK, Australia, Canada): women
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
    "karen", "lisa", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
    "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura",
    "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole",
    "helen", "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet",
    "catherine", "maria", "heather", "diane", "ruth", "olivia", "joyce", "virginia", "victoria",
    "lauren", "christina", "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah",
    "jacqueline", "martha", "gloria", "teresa", "ann", "anne", "sara", "madison", "frances",
    "kathryn", "janice", "jean", "abigail", "alice", "sophia", "julia", "denise", "doris",
    "marilyn", "danielle", "beverly", "isabella", "theresa", "diana", "natalie", "brittany",
    "charlotte", "marie", "kayla", "alexis", "lori", "ava", "mia", "chloe", "ella", "amelia",
    "eleanor", "layla", "penelope", "nora", "lily", "zoey", "hazel", "audrey", "claire", "bella",
    "aurora", "caroline", "allison", "maya", "madeline", "ariana", "elena", "gabriella", "naomi",
    "eva", "emilia", "ruby", "lydia", "melanie", "isabelle", "clara", "vivian", "sophie",
    "josephine", "jade", "kylie", "alexandra", "leah", "lucia", "jane", "joanna", "joanne",
    "jocelyn", "kirsty", "lorna", "lorraine", "louisa", "marion", "maureen", "miriam", "moira",
    "norah", "pauline", "rhiannon", "rosalind", "sheila", "felicity", "henrietta", "georgina",
    "harriet", "phoebe", "florence", "matilda", "gemma", "leanne", "stacey", "tracey", "hayley",
    "shannon", "courtney", "paige", "zoe", "zoë", "abby", "aimee", "alison", "alyssa", "brooke",
    "caitlin", "cassandra", "colleen", "dana", "deanna", "edith", "eileen", "elaine", "elise",
    "eliza", "ellen", "elsa", "erica", "erika", "erin", "esther", "flora", "gabrielle", "geraldine",
    "gillian", "gina", "greta", "hilary", "hillary", "holly", "ingrid", "irene", "isabel", "jeanne",
    "jillian", "jodie", "kristen", "kristin", "kristina", "jasmine", "lena", "lillian", "lois",
    "louise", "lynn", "lynne", "mae", "margot", "marian", "marianne", "meredith", "miranda",
    "nadia", "nina", "olga", "paula", "phyllis", "rachael", "regina", "renee", "renée", "rhonda",
    "rita", "roberta", "robyn", "robin", "sabrina", "selena", "serena", "stella", "suzanne",
    "sylvia", "tamara", "tara", "tiffany", "valerie", "vanessa", "vera", "veronica", "whitney",
    "yvonne", "meghan", "lindsey", "gail", "gwen", "imogen", "annie", "angelina", "anastasia",
    "bridget", "camille", "carla", "carrie", "cecilia", "cindy", "claudia", "daisy", "deirdre",
    "fiona", "francesca", "freya", "heidi", "helena", "iris", "jenna", "juliet", "leila", "lola",
    "luna", "marina", "marissa", "monica", "monique", "nadine", "natasha", "nicola", "rosa",
    "simone", "sofia", "stacy", "tatiana", "valeria", "yasmin", "melania", "ivanka", "jacinda",
    "kamala",
    // Irish, Scottish and Welsh
    "seamus", "eoin", "ciaran", "ciarán", "cian", "niall", "padraig", "pádraig", "dermot", "colm",
    "conor", "cormac", "aidan", "oisín", "darragh", "ronan", "kieran", "dara", "donal", "dónal",
    "enda", "fergal", "micheál", "seán", "eamon", "eamonn", "éamon", "alasdair", "alastair",
    "alistair", "angus", "callum", "hamish", "fraser", "ewan", "euan", "finlay", "rory", "iain",
    "ian", "dafydd", "rhodri", "huw", "bryn", "alun", "rhys", "gareth", "owain", "aled", "geraint",
    "aoife", "niamh", "orla", "saoirse", "ciara", "clodagh", "gráinne", "róisín", "aisling",
    "caoimhe", "eimear", "máiréad", "maeve", "nuala", "sinéad", "sinead", "siobhán", "siobhan",
    "úna", "ailsa", "iona", "morag", "eilidh", "mhairi", "cerys", "bethan", "carys", "angharad",
    "siân", "sian", "lowri", "gwyneth", "nia", "ceri",
    // German, Austrian and Swiss
    "hans", "karl", "klaus", "dieter", "günter", "günther", "gunter", "gunther", "jürgen", "jurgen",
    "juergen", "jörg", "joerg", "lutz", "volker", "fritz", "egon", "franz", "josef", "sepp",
    "florian", "markus", "christoph", "niklas", "lukas", "leon", "emil", "anton", "moritz",
    "henrik", "ole", "malte", "lars", "jannik", "timo", "nils", "bastian", "carsten", "wilhelm",
    "friedrich", "heinrich", "hermann", "heinz", "werner", "gerhard", "hans-peter", "karl-heinz",
    "hans-jürgen", "franz-josef", "olaf", "armin", "winfried", "wolfgang", "siegfried", "reinhard",
    "rüdiger", "joachim", "norbert", "ulrich", "cem", "johannes", "dominik", "maximilian", "jakob",
    "philipp", "mathias", "sascha", "marcel", "konstantin", "ernst", "horst", "rainer", "helmut",
    "manfred", "bernd", "dirk", "jens", "sven", "ingo", "udo", "uwe", "gerd", "rolf", "ralf",
    "rudolf", "rudi", "steffen", "thorsten", "torsten", "dietmar", "erich", "gustav", "harald",
    "henning", "holger", "jochen", "marius", "konrad", "lothar", "bernhard", "kai", "leopold",
    "ludwig", "valentin", "andreas", "sabine", "ursula", "renate", "gisela", "monika", "petra",
    "susanne", "brigitte", "christa", "helga", "elke", "gabriele", "karin", "sigrid", "hannelore",
    "angelika", "martina", "stefanie", "tanja", "daniela", "bettina", "dorothea", "cornelia",
    "annette", "ulrike", "dagmar", "franziska", "friederike", "annalena", "birgit", "wiebke",
    "maren", "anke", "silke", "antje", "heike", "ines", "jana", "lea", "leonie", "lina", "johanna",
    "frida", "ida", "luise", "annika", "ute", "katja", "kathrin", "katharina", "verena", "saskia",
    "pia", "jutta", "mathilde", "annemarie", "gabi", "christiane", "beate", "anja", "kirsten",
    "stefan", "matthias", "heiko", "torben", "jannis", "hannes", "kilian", "linus", "lorenz",
    "clemens", "cornelius", "benedikt", "bjarne", "korbinian", "quirin", "xaver", "vitus", "mirko",
    "thilo", "tilo", "hauke", "hinrich", "sönke", "soenke", "hartmut", "detlef", "detlev", "gert",
    "reinhold", "wilfried", "ulf", "arnd", "arndt", "kai-uwe", "benni", "basti", "kerstin",
    "katrin", "janine", "ramona", "nele", "steffi", "frauke", "imke", "meike", "maike", "birte",
    "gesa", "insa", "bärbel", "carola", "dörte", "elfriede", "gudrun", "heidrun", "hildegard",
    "irmgard", "karina", "liane", "margit", "nadja", "roswitha", "svenja", "swantje", "waltraud",
    "frieda", "jule", "karla", "mathilda", "merle", "ronja", "smilla", "thea", "uschi", "gaby",
    "susi",
    // Dutch and Flemish
    "pieter", "hendrik", "cornelis", "willem", "gerrit", "klaas", "kees", "joost", "bas", "bram",
    "daan", "thijs", "stijn", "ruben", "jeroen", "maarten", "wouter", "sander", "niels", "rutger",
    "arjen", "bart", "erik", "gijs", "henk", "jaap", "joris", "koen", "luuk", "martijn", "michiel",
    "pim", "rik", "roel", "sjoerd", "wim", "geert", "frans", "piet", "jos", "floris", "wout", "jef",
    "kristof", "dries", "filip", "jelle", "femke", "anouk", "sanne", "lotte", "fleur", "lieke",
    "noor", "roos", "marieke", "ilse", "inge", "marjolein", "mirjam", "nienke", "wilma", "mieke",
    "hanneke", "liesbeth", "ria", "marloes", "merel", "romy", "loes", "jolanda", "hilde", "eline",
    "griet", "sofie", "veerle", "katrien", "ruud", "annemieke",
    // Scandinavian, Finnish and Icelandic
    "anders", "johan", "olof", "magnus", "björn", "bjørn", "bjorn", "mikael", "fredrik", "mattias",
    "oskar", "axel", "viktor", "göran", "gunnar", "håkan", "leif", "stig", "bengt", "jesper",
    "rasmus", "mads", "søren", "soren", "morten", "kjell", "arne", "terje", "øystein", "eirik",
    "jørgen", "kasper", "frederik", "mikkel", "nikolaj", "ulrik", "linnea", "maja", "ebba", "alma",
    "astrid", "freja", "birgitta", "margareta", "malin", "klara", "agnes", "signe", "tove", "ulla",
    "mette", "trine", "inger", "liv", "kari", "solveig", "marit", "camilla", "cecilie", "sanna",
    "åsa", "lotta", "gunilla", "ylva", "ingeborg", "matti", "mikko", "jari", "juha", "antti",
    "pekka", "jukka", "heikki", "janne", "ville", "sauli", "eero", "jussi", "lauri", "olli",
    "aleksi", "tapio", "teemu", "tuomas", "markku", "risto", "seppo", "tuula", "päivi", "riikka",
    "aino", "pirjo", "satu", "tiina", "kaisa", "minna", "marja", "leena", "anneli", "tarja", "sari",
    "jenni", "elina", "jón", "ólafur", "kristján", "bjarni", "sigurður", "guðrún", "sigríður",
    "katrín", "tine", "stine", "gitte", "jette", "lasse", "mika",
    // French
    "pierre", "jacques", "françois", "francois", "michel", "philippe", "alain", "bernard",
    "christophe", "nicolas", "sébastien", "frédéric", "stéphane", "laurent", "olivier", "thierry",
    "éric", "julien", "guillaume", "antoine", "mathieu", "matthieu", "maxime", "benoît", "benoit",
    "hervé", "gérard", "yves", "rené", "rene", "andré", "lucien", "gilles", "jérôme", "didier",
    "dominique", "pascal", "cédric", "arnaud", "aurélien", "bruno", "clément", "fabien", "florent",
    "grégoire", "jules", "raphaël", "yann", "yannick", "loïc", "ludovic", "rémi", "rémy", "romain",
    "thibault", "baptiste", "adrien", "jérémy", "sylvain", "serge", "édouard", "étienne", "régis",
    "joël", "léon", "léo", "claude", "luc", "denis", "sacha", "henri", "patrice", "franck",
    "jean-pierre", "jean-paul", "jean-luc", "jean-claude", "jean-marc", "jean-françois",
    "jean-louis", "jean-michel", "jean-yves", "jean-marie", "jean-christophe", "jean-baptiste",
    "jean-jacques", "jean-noël", "pierre-yves", "marc-antoine", "nathalie", "sylvie", "valérie",
    "véronique", "sandrine", "céline", "aurélie", "émilie", "chloé", "léa", "inès", "océane",
    "juliette", "margaux", "élise", "élodie", "agathe", "anaïs", "clémence", "delphine", "virginie",
    "geneviève", "hélène", "martine", "odile", "mireille", "colette", "gisèle", "laure", "laurence",
    "madeleine", "marguerite", "pascale", "stéphanie", "anne-marie", "marie-france", "marie-claude",
    "marie-christine", "marie-hélène", "anne-sophie", "amélie", "noémie", "solène", "aude", "maud",
    "gaëlle", "ségolène", "rachida", "najat", "lucie", "adèle", "zoé", "léna", "salomé", "manon",
    "fanny", "karine", "évelyne", "thibaut", "gaël", "maëlle", "helene", "veronique", "celine",
    "aurelie", "loic", "clemence", "solene",
    // Spanish, Catalan, Basque and Latin American
    "josé", "jose", "juan", "carlos", "luis", "jorge", "miguel", "pedro", "pablo", "manuel",
    "francisco", "antonio", "javier", "alejandro", "fernando", "sergio", "rafael", "ricardo",
    "eduardo", "alberto", "andrés", "andres", "diego", "gonzalo", "gustavo", "hernán", "ignacio",
    "joaquín", "joaquin", "julio", "mauricio", "martín", "martin", "nicolás", "óscar", "raúl",
    "raul", "rodrigo", "sebastián", "tomás", "vicente", "alfonso", "álvaro", "arturo", "césar",
    "cesar", "emilio", "enrique", "esteban", "felipe", "gerardo", "guillermo", "héctor", "hector",
    "iñaki", "íñigo", "jaime", "jesús", "marcos", "mariano", "mateo", "matías", "agustín",
    "emiliano", "facundo", "federico", "leandro", "maximiliano", "rubén", "saúl", "valentín",
    "ramón", "ramon", "rogelio", "armando", "alfredo", "cristian", "cristóbal", "camilo", "darío",
    "ernesto", "fabián", "humberto", "iván", "leonardo", "marcelo", "octavio", "abel", "adrián",
    "aitor", "borja", "unai", "pau", "jordi", "josep", "xavi", "oriol", "marc", "iker", "asier",
    "mikel", "gorka", "ángel", "mario", "salvador", "santiago", "sergi", "benito", "bernardo",
    "gregorio", "lázaro", "leopoldo", "pepe", "paco", "rafa", "maría", "carmen", "ana", "lucía",
    "marta", "cristina", "raquel", "pilar", "rocío", "dolores", "montserrat", "nuria", "núria",
    "beatriz", "silvia", "mónica", "verónica", "gabriela", "sofía", "jimena", "ximena", "fernanda",
    "mariana", "alejandra", "natalia", "adriana", "alicia", "inés", "leticia", "lourdes", "luisa",
    "marisol", "milagros", "noelia", "paloma", "rebeca", "rosario", "sonia", "susana", "yolanda",
    "guadalupe", "catalina", "florencia", "agustina", "antonella", "renata", "josefina", "graciela",
    "marcela", "soledad", "estela", "alba", "ainhoa", "itziar", "begoña", "arantxa", "maite",
    "leire", "nerea", "concepción", "mercè", "meritxell", "montse", "marisa", "maribel", "norma",
    "belén", "luciana", "manuela",
    // Portuguese and Brazilian
    "joão", "joao", "antônio", "antónio", "paulo", "luiz", "luís", "thiago", "tiago", "guilherme",
    "vinícius", "matheus", "mateus", "caio", "henrique", "sérgio", "márcio", "fábio", "flávio",
    "rogério", "jair", "geraldo", "sebastião", "raimundo", "joaquim", "manoel", "otávio", "augusto",
    "vitor", "vítor", "davi", "heitor", "gonçalo", "duarte", "rui", "nuno", "afonso", "diogo",
    "cristiano", "edson", "anderson", "fabrício", "maurício", "reinaldo", "rodolfo", "zé",
    "juliana", "aline", "bruna", "cláudia", "débora", "eliane", "fátima", "fatima", "isabela",
    "joana", "larissa", "letícia", "lúcia", "márcia", "natália", "patrícia", "priscila", "leonor",
    "matilde", "carolina", "heloísa", "lívia", "conceição", "filipa", "catarina", "margarida",
    "aparecida", "rosângela", "sônia", "gisele", "thaís", "rafaela", "tânia", "cristiane",
    // Italian
    "giuseppe", "giovanni", "luigi", "francesco", "angelo", "vincenzo", "pietro", "salvatore",
    "carlo", "franco", "domenico", "paolo", "michele", "giorgio", "aldo", "luciano", "giancarlo",
    "gianluca", "gianni", "roberto", "stefano", "marco", "alessandro", "matteo", "davide",
    "riccardo", "tommaso", "edoardo", "filippo", "emanuele", "massimo", "maurizio", "claudio",
    "enrico", "alessio", "daniele", "fabrizio", "giacomo", "gianfranco", "giulio", "guido",
    "ignazio", "mattia", "raffaele", "renzo", "sandro", "silvio", "ugo", "umberto", "valerio",
    "vittorio", "cesare", "elio", "ezio", "nino", "piero", "pier", "pierluigi", "rocco", "corrado",
    "ettore", "fausto", "gino", "marcello", "mauro", "sebastiano", "tiziano", "beppe", "pino",
    "gennaro", "pasquale", "antonino", "carmelo", "giuseppina", "giovanna", "carmela", "chiara",
    "giulia", "alessia", "elisa", "federica", "paola", "alessandra", "simona", "stefania",
    "raffaella", "patrizia", "loredana", "grazia", "ornella", "donatella", "lucrezia", "beatrice",
    "ginevra", "ludovica", "noemi", "arianna", "benedetta", "caterina", "eleonora", "ilaria",
    "nicoletta", "elisabetta", "letizia", "milena", "tiziana", "giorgia", "mariella", "rosaria",
    "antonietta", "concetta", "annamaria", "michela", "silvana",
    "fabio", "pierpaolo", "gianmarco",
    // Greek
    "georgios", "giorgos", "dimitris", "dimitrios", "konstantinos", "kostas", "nikos", "nikolaos",
    "yannis", "giannis", "ioannis", "panagiotis", "christos", "vasilis", "athanasios", "stavros",
    "spyros", "kyriakos", "evangelos", "petros", "alexandros", "eleni", "katerina", "aikaterini",
    "vasiliki", "dimitra", "ioanna", "angeliki", "despina", "athina", "eirini",
    // Polish
    "piotr", "krzysztof", "andrzej", "tomasz", "paweł", "pawel", "michał", "michal", "marcin",
    "jakub", "łukasz", "lukasz", "marek", "grzegorz", "mateusz", "wojciech", "mariusz", "dariusz",
    "zbigniew", "jerzy", "tadeusz", "janusz", "kazimierz", "ryszard", "stanisław", "józef",
    "bogdan", "henryk", "leszek", "sławomir", "radosław", "przemysław", "rafał", "kamil", "karol",
    "szymon", "bartosz", "dawid", "kacper", "maciej", "artur", "jacek", "jarosław", "lech",
    "witold", "władysław", "zygmunt", "igor", "wiktor", "mikołaj", "katarzyna", "małgorzata",
    "malgorzata", "agnieszka", "krystyna", "ewa", "elżbieta", "zofia", "magdalena", "beata",
    "dorota", "halina", "jadwiga", "aleksandra", "irena", "janina", "alicja", "iwona", "grażyna",
    "justyna", "sylwia", "paulina", "urszula", "jolanta", "bożena", "kinga", "weronika", "wiktoria",
    "zuzanna", "agata", "izabela", "kamila", "patrycja", "kasia", "magda",
    // Czech and Slovak
    "jiří", "jiri", "petr", "pavel", "tomáš", "tomas", "jaroslav", "miroslav", "zdeněk", "václav",
    "vaclav", "františek", "karel", "lukáš", "ondřej", "vladimír", "ladislav", "stanislav", "radek",
    "aleš", "vojtěch", "matěj", "štěpán", "bohuslav", "vít", "libor", "antonín", "juraj", "dušan",
    "miloš", "marián", "hana", "lenka", "kateřina", "věra", "alena", "jitka", "tereza", "ludmila",
    "michaela", "ivana", "markéta", "barbora", "kristýna", "šárka", "vlasta", "klára", "adéla",
    "eliška", "zuzana",
    // Hungarian and Romanian
    "lászló", "laszlo", "istván", "istvan", "józsef", "jános", "zoltán", "sándor", "gábor",
    "ferenc", "attila", "péter", "tamás", "balázs", "zsolt", "csaba", "györgy", "andrás", "imre",
    "gergely", "bence", "tibor", "mária", "erzsébet", "katalin", "éva", "zsuzsanna", "krisztina",
    "judit", "ágnes", "eszter", "zsófia", "ildikó", "réka", "ion", "gheorghe", "vasile",
    "constantin", "mihai", "andrei", "alexandru", "florin", "adrian", "mircea", "radu", "sorin",
    "nicolae", "viorel", "cătălin", "dragoș", "ioana", "andreea", "mihaela", "irina", "raluca",
    "oana", "corina", "roxana", "teodora",
    // Balkan, Baltic and Caucasus
    "luka", "marko", "nikola", "aleksandar", "dragan", "zoran", "slobodan", "vojislav", "dejan",
    "nenad", "bojan", "darko", "ivica", "tomislav", "zlatko", "andrej", "janez", "davor", "predrag",
    "jelena", "milica", "marija", "snežana", "dragana", "biljana", "tatjana", "mirjana", "gordana",
    "nataša", "sanja", "ljiljana", "vesna", "kolinda", "georgi", "dimitar", "hristo", "boyko",
    "rumen", "krasimir", "andrius", "mindaugas", "gitanas", "jānis", "kārlis", "egils", "ilze",
    "kaja", "toomas", "jüri", "armen", "tigran", "davit", "giorgi", "levan", "irakli", "zurab",
    "tamar", "salome",
    // Russian, Ukrainian and Belarusian (Latin transliterations)
    "vladimir", "volodymyr", "sergei", "sergey", "serhiy", "serhii", "alexei", "alexey", "aleksei",
    "oleksiy", "oleksii", "dmitry", "dmitri", "dmytro", "andrey", "andriy", "andrii", "mikhail",
    "mykhailo", "nikolai", "mykola", "yuri", "yury", "yuriy", "yurii", "oleg", "oleh", "ihor",
    "pavlo", "oleksandr", "aleksandr", "valery", "valeriy", "vitaly", "vitali", "vitaliy",
    "vitalii", "yevgeny", "evgeny", "yevhen", "anatoly", "anatoliy", "gennady", "grigory",
    "kostiantyn", "leonid", "maxim", "maksim", "maksym", "nikita", "petro", "ruslan", "taras",
    "vadim", "vadym", "vasily", "vasyl", "vyacheslav", "viacheslav", "yaroslav", "denys", "artem",
    "artyom", "bohdan", "kirill", "ilya", "illia", "timur", "gleb", "lev", "svyatoslav", "yegor",
    "egor", "danylo", "ramzan", "boris", "vladislav", "yakov", "misha", "sasha", "dima", "olha",
    "olena", "yelena", "tetiana", "tatyana", "nataliya", "natalya", "iryna", "svetlana", "svitlana",
    "mariya", "yulia", "yuliia", "yuliya", "ekaterina", "yekaterina", "kateryna", "anastasiia",
    "daria", "darya", "oksana", "lyudmila", "liudmyla", "galina", "halyna", "nadezhda", "nadiya",
    "larisa", "larysa", "maryna", "lyubov", "viktoria", "viktoriya", "alyona", "polina", "ksenia",
    "yana", "inna", "sofiya", "margarita", "alla", "zhanna", "masha", "katya", "nastya", "tanya",
    // Turkish
    "mehmet", "mustafa", "ahmet", "ali", "hüseyin", "hasan", "ibrahim", "ismail", "osman", "yusuf",
    "murat", "ömer", "omer", "ramazan", "halil", "süleyman", "abdullah", "mahmut", "recep",
    "tayyip", "kemal", "emre", "burak", "deniz", "efe", "eren", "fatih", "furkan", "gökhan",
    "hakan", "kadir", "kaan", "kerem", "levent", "mert", "onur", "orhan", "özgür", "selim",
    "serkan", "sinan", "tolga", "uğur", "umut", "volkan", "yasin", "yiğit", "berk", "arda",
    "bülent", "cengiz", "ekrem", "ertuğrul", "hamza", "ilker", "kenan", "metin", "tarık", "yavuz",
    "zafer", "barış", "ilhan", "mesut", "ayşe", "ayse", "fatma", "emine", "hatice", "zeynep",
    "elif", "meryem", "merve", "büşra", "esra", "özlem", "yasemin", "derya", "ebru", "gül", "hülya",
    "nur", "selin", "sibel", "tuğba", "ece", "ceren", "defne", "azra", "aylin", "burcu", "canan",
    "dilek", "duygu", "nazlı", "pınar", "sevgi", "aslı", "damla",
    // Arabic (common Latin transliterations)
    "mohammed", "mohammad", "muhammad", "mohamed", "mohamad", "muhammed", "ahmed", "ahmad",
    "hassan", "hussein", "husain", "hussain", "khalid", "khaled", "abdul", "abdulaziz", "abdelaziz",
    "abdel", "abdallah", "abdulrahman", "abdelrahman", "youssef", "yousef", "yusef", "mahmoud",
    "mostafa", "karim", "kareem", "tariq", "tarek", "bilal", "walid", "waleed", "samir", "sameer",
    "nabil", "saeed", "saad", "salim", "salem", "sami", "fadi", "rami", "ziad", "majid", "faisal",
    "fahad", "fahd", "nasser", "jamal", "kamal", "adel", "adil", "amir", "anwar", "ayman", "bassem",
    "emad", "imad", "fouad", "ghassan", "habib", "hadi", "hani", "hisham", "issa", "khalil",
    "maher", "marwan", "mounir", "nader", "osama", "usama", "rashid", "riyad", "salah", "salman",
    "sharif", "suleiman", "taha", "tamer", "wael", "yasser", "yasir", "yahya", "zaid", "zayed",
    "zakaria", "murad", "mansour", "hamad", "hamdan", "hamid", "mehdi", "aziz", "ashraf", "ayoub",
    "younes", "yassine", "rachid", "zinedine", "fatimah", "aisha", "aicha", "ayesha", "khadija",
    "mariam", "maryam", "amina", "zainab", "zaynab", "nour", "huda", "hoda", "hanan", "laila",
    "salma", "rania", "rana", "reem", "dina", "yasmine", "yasmina", "samira", "amal", "asma",
    "dalia", "ghada", "hala", "heba", "iman", "jamila", "mona", "noura", "rasha", "sahar", "samar",
    "wafa", "zahra", "aya", "malak", "hiba", "nisreen", "latifa", "loubna", "meriem",
    // Persian
    "hossein", "mohsen", "javad", "jafar", "ebrahim", "reza", "alireza", "morteza", "mojtaba",
    "farhad", "behrouz", "babak", "dariush", "kourosh", "shahram", "parviz", "nima", "arash",
    "masoud", "abbas", "mehran", "kamran", "omid", "kaveh", "navid", "ramin", "golnaz", "shirin",
    "fatemeh", "narges", "nasrin", "parisa", "niloufar", "azadeh", "mahsa", "roya", "neda", "farah",
    "mina", "marjan", "sepideh",
    // South Asian (India, Pakistan, Bangladesh, Sri Lanka, Nepal)
    "priya", "rahul", "amit", "anil", "sunil", "rajesh", "suresh", "ramesh", "mahesh", "ganesh",
    "dinesh", "mukesh", "rakesh", "vijay", "ajay", "sanjay", "vinod", "ashok", "arun", "varun",
    "karan", "arjun", "rohit", "rohan", "vikram", "vikas", "deepak", "manoj", "sachin", "sandeep",
    "pradeep", "praveen", "naveen", "nitin", "nikhil", "akash", "aditya", "abhishek", "ankit",
    "ankur", "anand", "anurag", "ashish", "gaurav", "hemant", "jitendra", "kapil", "kunal", "lalit",
    "manish", "mohit", "narendra", "pankaj", "prakash", "pranav", "prashant", "rajeev", "rajiv",
    "raj", "ravi", "sanjeev", "saurabh", "shashi", "shiv", "siddharth", "sudhir", "sumit", "tarun",
    "uday", "vinay", "yogesh", "arvind", "kiran", "krishna", "gopal", "venkat", "venkatesh",
    "srinivas", "karthik", "prasad", "rajendra", "sundar", "satya", "mohan", "mahendra", "amitabh",
    "ayush", "aryan", "dhruv", "kabir", "virat", "gurpreet", "harpreet", "manpreet", "jaspreet",
    "simran", "harjit", "jagmeet", "prem", "amar", "chandra", "hari", "kishore", "vishal", "vishnu",
    "akshay", "harish", "neeraj", "nishant", "santosh", "subhash", "imran", "shahid", "asif",
    "irfan", "kashif", "nadeem", "naveed", "saqib", "zubair", "usman", "farhan", "junaid",
    "zeeshan", "bilawal", "nawaz", "shehbaz", "benazir", "asim", "babar", "shoaib", "tahir",
    "zahid", "raza", "rizwan", "arif", "javed", "tanvir", "pooja", "puja", "neha", "anjali",
    "sunita", "anita", "kavita", "sneha", "divya", "deepika", "shreya", "shruti", "swati", "aarti",
    "aishwarya", "ananya", "anushka", "asha", "deepa", "geeta", "gita", "isha", "jyoti", "kalpana",
    "kavya", "lakshmi", "madhuri", "meena", "meera", "nandini", "nisha", "padma", "pallavi",
    "poonam", "preeti", "priyanka", "radha", "radhika", "rani", "rashmi", "rekha", "sangeeta",
    "sarita", "seema", "shalini", "shilpa", "sudha", "sushma", "usha", "vidya", "nirmala", "indira",
    "sonam", "aditi", "riya", "nidhi", "megha", "archana", "suman", "mamata", "smriti", "shweta",
    "varsha", "gayatri", "uma", "sita", "saima", "sana", "shazia", "hina", "mehwish", "nusrat",
    // Hebrew and Israeli
    "avi", "yossi", "moshe", "yaakov", "yitzhak", "binyamin", "eli", "uri", "yair", "yoav", "amos",
    "ehud", "naftali", "gilad", "itamar", "ariel", "noam", "oren", "ofer", "yonatan", "nadav",
    "nir", "shlomo", "gideon", "chaim", "avraham", "eitan", "asaf", "idan", "lior", "eyal",
    "yehuda", "zeev", "ze'ev", "ronit", "noa", "yael", "shira", "rivka", "sarit", "limor", "tali",
    "ayelet", "efrat", "merav", "shani", "keren", "hadas", "orit", "tzipi", "golda",
    // African
    "kwame", "kofi", "kwesi", "kojo", "yaw", "abena", "prince", "godwin", "chidi", "chinedu",
    "emeka", "ikenna",
    "obinna", "uche", "ngozi", "chioma", "adaeze", "amara", "nneka", "oluwaseun", "tunde",
    "babatunde", "adebayo", "femi", "funmilayo", "bukola", "temitope", "yemi", "kemi", "segun",
    "wale", "yetunde", "abiodun", "aminu", "musa", "abubakar", "sani", "halima", "hauwa", "jomo",
    "uhuru", "wanjiru", "wanjiku", "njeri", "thabo", "sipho", "themba", "mandla", "bongani",
    "thandiwe", "thandi", "lindiwe", "zanele", "nandi", "cyril", "tendai", "abiy", "haile",
    "tesfaye", "dawit", "yohannes", "kagiso", "lerato", "mpho", "amadou", "mamadou", "moussa",
    "ousmane", "ibrahima", "cheikh", "abdoulaye", "fatou", "aminata", "awa", "mariama", "boubacar",
    "adama", "sekou", "lamine", "sadio", "idrissa", "olusegun", "muhammadu", "yoweri", "chimamanda",
    "tedros", "kwasi",
    // Chinese (pinyin and other romanizations)
    "wei", "jing", "li", "ming", "lei", "yan", "hui", "xin", "yu", "hao", "jie", "tao", "qiang",
    "lin", "mei", "ling", "xiu", "ying", "yun", "feng", "hua", "jian", "liang", "peng", "qing",
    "tian", "ting", "xia", "xiao", "xue", "yong", "zhen", "zhi", "xiaoming", "xiaoyu", "xiaohui",
    "xiaoli", "xiaoping", "xiaojun", "xiaowei", "zhiwei", "jianguo", "jianhua", "guoqiang",
    "haoran", "yifan", "yiming", "ziyi", "jiahui", "jiayi", "xinyi", "meiling", "lili", "jingjing",
    "haiyan", "chunhua", "weiwei", "fei", "kun", "mei-ling", "hui-ling", "ya-ting", "yu-ting",
    "chih-ming", "chun-yi", "ka-ming", "wai-man", "yee", "chi", "ching", "chun", "hsin", "hsiao",
    "chia", "shu", "chien", "wen", "yi",
    // Japanese
    "hiroshi", "takashi", "kenji", "yuki", "akira", "haruto", "ren", "yui", "aoi", "sakura",
    "haruka", "yoko", "keiko", "naoko", "tomoko", "yumi", "mariko", "hiroko", "kazuo", "koji",
    "makoto", "masao", "satoshi", "shinji", "shinzo", "taro", "tetsuya", "yusuke", "daisuke",
    "kenta", "shota", "takuya", "kazuki", "emi", "ayumi", "megumi", "misaki", "rina", "saki",
    "yuka", "yoshiko", "akiko", "michiko", "sachiko", "kyoko", "junko", "kaori", "kumiko", "noriko",
    "reiko", "mayumi", "hideo", "hideki", "ichiro", "jiro", "kenichi", "masahiro", "masaki",
    "minoru", "osamu", "ryo", "shigeru", "tadashi", "takeshi", "tsuyoshi", "yoshihide", "yoshio",
    "fumio", "haruki", "kei", "sho", "shohei", "taku", "takumi", "tatsuya", "toru", "yuichi",
    "yukio", "naoki", "sanae", "shizuka", "yuriko", "yukiko",
    // Korean (hyphenated and joined romanizations)
    "min-jun", "seo-yeon", "ji-hoon", "ji-woo", "seo-jun", "ha-eun", "ji-ho", "do-yun", "min-seo",
    "su-bin", "ji-yeon", "hye-jin", "min-ji", "eun-ji", "jae-in", "ji-min", "hyun-woo", "jung-ho",
    "sung-min", "young-soo", "soo-jin", "ji-hye", "seung-hoon", "jae-hyun", "dong-hyun", "joon-ho",
    "ji-sung", "yoo-jin", "hyun-jin", "min-ho", "sang-hoon", "jin-woo", "eun-young", "mi-kyung",
    "jae-won", "tae-hyung", "seung-woo", "hye-won", "tong-hyung", "hyung-jin", "soo-hyang",
    "ju-min", "kyung-hwa", "jae-myung", "suk-yeol", "ji-eun", "sun-hee", "young-hee", "jong-un",
    "yo-jong", "geun-hye", "minjun", "jihoon", "seoyeon", "jimin", "minji", "hyunwoo", "jaehyun",
    "minho", "jin", "jae", "hyun",
    // Southeast Asian (Vietnamese, Indonesian, Malay, Filipino, Thai)
    "minh", "anh", "linh", "huong", "thanh", "tuan", "hoa", "trang", "duc", "quang", "phuong",
    "hanh", "ngoc", "khanh", "thao", "hieu", "vinh", "tien", "binh", "thuy", "budi", "agus", "joko",
    "bambang", "dewi", "siti", "putri", "ayu", "wahyu", "rizky", "eko", "hendra", "andi", "dian",
    "indah", "azman", "farid", "hafiz", "nurul", "aishah", "prabowo", "ferdinand", "imelda",
    "corazon", "leni", "rommel", "somchai", "somsak", "siriporn",
]);

/// True when `word` (any case, trailing "," or "." dropped) is a common given name.
///
/// ```
/// use newsclip::grammar::byline::is_given_name;
/// assert!(is_given_name("Lucy"));
/// assert!(is_given_name("JÜRGEN"));
/// assert!(!is_given_name("Finished"));
/// ```
pub fn is_given_name(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.']);
    if w.is_empty() || w.len() > MAX_LEN {
        return false;
    }
    crate::table::with_lower(w, |lower| contains(&GIVEN_NAMES, lower))
}

/// True when the first word of `name` is a common given name
/// ([`is_given_name`]): "Lucy Akins", not "Finished Terrarium".
///
/// ```
/// use newsclip::grammar::byline::opens_with_given_name;
/// assert!(opens_with_given_name("Lucy Akins"));
/// assert!(!opens_with_given_name("Portal Horizonte"));
/// ```
pub fn opens_with_given_name(name: &str) -> bool {
    name.split_whitespace().next().is_some_and(is_given_name)
}

#[cfg(test)]
mod tests {
    use super::{GIVEN_NAMES, MAX_LEN, is_given_name};
    use crate::grammar::byline::words::{
        FUNCTION_WORDS, MONTHS, PARTICLES, UI_WORDS, WEEKDAYS, contains,
    };
    use std::collections::HashSet;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn entries_are_distinct_lower_case_names() {
        let words = GIVEN_NAMES.words();
        let mut seen = HashSet::new();
        for &w in words {
            assert!(seen.insert(w), "{w:?} is listed twice");
            assert!(!w.is_empty() && w.len() <= MAX_LEN, "{w:?}");
            assert_eq!(w, w.to_lowercase(), "{w:?} is not lower-case");
            assert_eq!(w, w.nfc().collect::<String>(), "{w:?} is not NFC");
            let letter_or_mark = |c: char| c.is_alphabetic() || c == '-' || c == '\'';
            assert!(
                w.chars().all(letter_or_mark),
                "{w:?} holds another character"
            );
            assert!(
                w.chars().next().is_some_and(char::is_alphabetic)
                    && w.chars().last().is_some_and(char::is_alphabetic),
                "{w:?} starts or ends with a mark"
            );
        }
        let n = words.len();
        assert!((2000..=3100).contains(&n), "{n} names");
    }

    #[test]
    fn no_entry_is_a_function_interface_particle_or_date_word() {
        for &w in GIVEN_NAMES.words() {
            for (list, what) in [
                (&FUNCTION_WORDS, "function word"),
                (&UI_WORDS, "interface word"),
                (&WEEKDAYS, "weekday"),
            ] {
                assert!(!contains(list, w), "{w:?} is a {what}");
            }
            // "Ben" is a particle ("Ben Ali") and a given name; "Julio" is
            // a month in Spanish, written in lower case there.
            assert!(w == "ben" || !contains(&PARTICLES, w), "{w:?}: a particle");
            assert!(w == "julio" || !contains(&MONTHS, w), "{w:?} is a month");
        }
    }

    #[test]
    fn common_words_are_no_given_names() {
        let words = "will may june april grace hope joy rose bill mark art sky summer dawn faith \
                     august major page young long king guy rich chase drew gene sterling jan jun \
                     van von al christian roman paris georgia mercedes can per una les";
        for w in words.split_whitespace() {
            assert!(!is_given_name(w), "{w:?}");
        }
    }

    #[test]
    fn given_names_in_any_case() {
        let words = "Lucy JÜRGEN Jurgen jürgen Mohammed, Priya. Rahul Min-jun MIN-JUN Søren Łukasz \
                     ŁUKASZ François José Hiroshi Wei Vladimir Olena Fatima Ahmed Bob Liz Jim \
                     Kate Max Frank Ray Ze'ev Mehmet Zeynep Siobhán Ngozi";
        for w in words.split_whitespace() {
            assert!(is_given_name(w), "{w:?}");
        }
    }

    #[test]
    fn other_words_are_no_given_names() {
        let words = "|,|.|Finished|Terrarium|Yahoo|Finance|Lucy Akins|Akins|The|News|Editor|\
                     Reuters|Lucy's|Lucy-|-Lucy|L|Li Wei";
        for w in words.split('|') {
            assert!(!is_given_name(w), "{w:?}");
        }
        assert!(!is_given_name(&"a".repeat(200)));
    }
}
