package org.frontline.gazetteer;

import java.util.Arrays;
import java.util.Set;

/**
 * Words that are also place names but in English news are almost never places: common English words (Of, Deal,
 * Mobile, Bar, Price, Reading) and people's given names and surnames (Lloyd Austin, Ned Price, Boris Johnson, Ben
 * Wallace, Sean Penn, Vladimir Putin). The gazetteer never matches them as lower-case words, and as capitalised
 * words only to Ukrainian places (the town of Bar exists); the resolver asks {@link Gazetteer#isCommonWord} and
 * {@link Gazetteer#isPersonName} to demand context before it accepts such a match. Entries are folded keys.
 */
final class CommonWords {
    private CommonWords() {
    }

    static final Set<String> ENGLISH = Set.copyOf(Arrays.asList((
            "a about above across after again against all also am an and any are as at away back bad bar barrow "
            + "bath be bear bell best big black blue bolt border borders both bottom bright brook burn but by "
            + "call cannon cape captain care center central centre chance change church city clay clear close "
            + "coal coast cold colon command commerce common concord content cook corner council cross crown "
            + "day deal deep delta derby desert did do does done door down drain dry dude each early east easy "
            + "eden end energy even ever every fair faith fall false far farm field fire first flat fort forward "
            + "founder free front frost full gap general give glory going gold good grand grave great green "
            + "ground grove guard had hall happy harbor harbour has have he head heart her here hero high hill "
            + "his home hope hot how human i if imperial in independence is it join just justice key kind king "
            + "lake land last late lead leader left liberty light like line little live long lost love low "
            + "made main major man many march marine mark market may me media middle might mile military mill "
            + "mine mobile more most mount much must my nation natural navy near needle new news next nice no "
            + "none normal north not now of office oil old on one only open or order other our out over "
            + "park part pass peace people plain plenty point police port post power premier president price "
            + "prime progress prospect quarry rapid reading reform rich ridge right rising river road rock rose "
            + "round royal rule rush safe saint sale salt say sea second security see senate service shelter "
            + "short side sign silver simple since small so social soldier south spring square star start state "
            + "station still stone strike strong success sugar summit sun sunrise support sure table temple than "
            + "that the their them then there these they this three time to today top tower town trade truth "
            + "two under union unity up us usa valley victory view village vista wall war warren was water "
            + "way we welcome well were west what when where which while white who why will wind winter with "
            + "wood work world yes you young mala velyka nova stara zelene mali velyki lone tank campaign contest "
            + "independent minister missile policy since there they champions stinger white_house red_cross "
            // countries, peoples and organisations: the gazetteer holds settlements, and villages answer to these
            + "ukraine russia belarus moldova romania poland germany turkey india albania ireland france italy "
            + "china britain america europe hungary slovakia georgia chechnya syria iran israel japan canada "
            + "ukrainian ukrainians russian russians belarusian german germans italian french polish british "
            + "american european chechen chechens turkish chinese nato tass reuters un eu uk us jazeera "
            + "kremlin pentagon republic al_jazeera").split(" "))).stream()
            .map(w -> w.replace('_', ' ')).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Given names and surnames that name places somewhere; most appear in war reporting. */
    static final Set<String> PEOPLE = Set.copyOf(Arrays.asList((
            "lloyd austin ned price boris johnson ben wallace sean penn joe biden antony blinken john kirby "
            + "jake sullivan mark milley vladimir putin volodymyr zelensky dmitry peskov sergei sergey lavrov "
            + "shoigu olaf scholz emmanuel macron liz truss rishi sunak jens stoltenberg ursula charles "
            + "jackson lincoln clinton marshall ford morris carter taylor scott kennedy gordon milton "
            + "hamilton franklin madison monroe wilson harris kirk elizabeth alexandra maria anna "
            + "olena oleksandr olexander alexander alexandr andriy andrei andrew ivan mykola nikolai nikolay "
            + "mykhailo mikhail michael petro pyotr peter pavlo pavel paul yuriy yuri igor ihor denys denis "
            + "dmytro dmitri kyrylo kirill vitali vitaliy vitaly valery valerii roman ruslan sergiy serhiy "
            + "taras oleg oleh viktor victor yevgeny yevhen evgeny anton arthur artur max maxim george james "
            + "william david richard thomas charles robert daniel matthew anthony mark donald steven paul kevin "
            + "brian edward ronald timothy jason jeffrey ryan jacob gary nicholas eric stephen jonathan larry "
            + "justin frank brandon raymond samuel benjamin gregory alexander patrick jack dennis jerry tyler "
            + "aaron henry douglas peter adam nathan zachary walter kyle harold carl arthur gerald roger keith "
            + "jeremy lawrence terry sean albert joe christian austin jesse ethan willie billy bruce bryan "
            + "ralph roy jordan eugene wayne louis dylan alan juan gabriel howard fred vincent russell bobby "
            + "philip johnny mary patricia jennifer linda barbara susan jessica sarah karen nancy lisa betty "
            + "margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah "
            + "stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen brenda pamela nicole "
            + "samantha katherine emma ruth christine catherine debra rachel carolyn janet virginia heather "
            + "diane julie joyce olivia alice julia grace judy kelly lauren hannah abigail sophia natalie "
            + "boris ben ned sean joseph tony liz kamala nancy pelosi rishi keir starmer angela merkel "
            + "recep erdogan andrzej duda viktor orban emmanuel oleksandra sergii serhii sergiy tetyana tetiana "
            + "hanna michel francis francisco mansur hossein aris farah khan jinping xi "
            // people of the war's reporting whose surnames are also village names somewhere
            + "peskov lavrov kuleba shoigu zakharova podolyak podoliak reznikov arestovych danilov budanov "
            + "zaluzhnyi zaluzhny syrskyi klitschko yermak shmyhal stefanchuk denisova malyar markarova kadyrov "
            + "prigozhin medvedev lukashenko naryshkin gerasimov surovikin kirillov konashenkov nebenzya "
            + "zelenskyy zelenskiy biden pelosi austin milley blinken stoltenberg guterres"
            ).split(" ")));
}
