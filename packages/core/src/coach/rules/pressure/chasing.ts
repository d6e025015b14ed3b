// phrase rules for chasing: follow-ups for a reply

import type { RuleSpec } from '../../matcher.ts';
import { REPLY } from '../vocabulary.ts';

export const CHASING_RULES: readonly RuleSpec[] = [
  {
    anchors: 'see get read receive',
    pattern:
      '(?:did|have|d) you (?:even )?(?:see|get|read|receive|look at|check|seen|gotten) (?:my|this|that|any of my|all my|what i) (?:last |previous |earlier )?(?:message|messages|text|texts|msg|email|voicemail|calls?|missed calls?|dm|snap|post|sent)',
  },
  {
    anchors: 'get see',
    pattern: '(?:did|d) you (?:get|see) (?:this|that|it|them)\\?',
    unlessBefore: '(?:where|when|how|what|who|which|why)\\b.*',
  },
  {
    anchors: 'checking making',
    pattern: '(?:just )?(?:checking|making sure) (?:if|that|whether|in case)? ?you (?:got|saw|read|received|see|get)',
  },
  {
    anchors: 'online active typing seen posting',
    pattern:
      "(?:i |we )?(?:can )?(?:see|saw|know) (?:that )?you(?:'re| were| are|'ve been| have been)? (?:online|active|on (?:instagram|whatsapp|insta|facebook|snapchat|here|your phone)|typing|posting|liking)",
  },
  {
    anchors: 'online active',
    pattern:
      "you(?:'re| were| are|'ve been) (?:literally |clearly |just )?(?:online|active)(?: (?:just now|earlier|all day|a minute ago|an hour ago))?",
  },
  { anchors: 'read seen', pattern: '(?:left|leaving|leave) (?:me )?on (?:read|seen|delivered|opened)' },
  { anchors: 'read', pattern: 'you read (?:it|my message|my messages|my text)(?! (?:yet|out))' },
  {
    anchors: 'why how',
    pattern: `(?:why|how come) (?:haven't|didn't|aren't|won't|don't|are you not|do you not|have you not) (?:you )?(?:just )?${REPLY}`,
  },
  { anchors: 'answer pick', pattern: "(?:answer|pick up) (?:your|the|ur|you're) (?:phone|calls?|texts?)" },
  {
    anchors: 'call text',
    pattern: '(?:call|text|message|ring) me back(?: (?:now|already|asap|please|pls))?(?= *(?:[.!?\\n]|$))',
    unlessBefore: '(?:can you|could you|pls|please|when you can|whenever you|{HABIT})',
  },
  {
    anchors: 'reply respond answer',
    // an order to reply: at the start of a clause ("reply.", "just answer!"), not a noun ("thanks for the quick reply")
    pattern:
      '(?:^|[.!?,\\n]\\s*)(?:(?:please|just|pls|now|so|oh|ok|okay|seriously|hello|hey|babe|come on)[,.!]? )*(?:reply|respond|answer)(?: (?:me|to me|already|asap|now|back|please|pls|for once))?(?= *(?:[.!?\\n]|$))',
    unlessBefore:
      "(?:to|no need to|don't|you don't have to|before you|when you|no rush to|no pressure to|don't need to|a|the|your|my|owe me a)",
  },
  {
    anchors: 'waiting',
    pattern: "(?:i'm |still |i am |been )+waiting(?: (?:for|on) (?:a|your|an) (?:reply|answer|response|text|call))?",
    unlessBefore: "(?:i'll be|happy|no problem|i don't mind)",
    unlessAfter: ' (?:on|for) (?:(?:the|a|my|our|his|her|an?) (?!reply|answer|response|text|call)|[a-z]+ing\\b)',
  },
  {
    anchors: 'called texted messaged',
    pattern:
      "i(?:'ve| have)? (?:called|texted|messaged|rung|tried calling|tried texting|tried to call) (?:you )?(?:like )?(?:\\d+|two|three|four|five|six|ten|so many|a hundred|a million|several|multiple) times",
  },
  { anchors: 'ignoring', pattern: '(?:stop|quit) ignoring (?:me|my)' },
  {
    anchors: 'there alive',
    pattern: '(?:are|r) (?:you|u) (?:still )?(?:there|alive|even there|awake|getting these|ignoring me)\\?+',
    unlessAfter: '\\s*[a-z]',
  },
  {
    anchors: 'there',
    pattern: '(?:you|u|anyone|anybody|hello|helloo) (?:still )?there\\?+',
    unlessAfter: '\\s*[a-z]',
  },
  { anchors: 'earth', pattern: 'earth to \\w+' },
  { anchors: 'hello hey hi helloo yo hellooo', pattern: '(?:hello|helloo|hey|hi|yo|oi)+\\s*\\?{2,}' },
  { anchors: 'hello helloo', pattern: 'hel+o+\\s*[!.]*\\?[?!.]*' },
  {
    anchors: 'been',
    pattern:
      "it(?:'s| has) been (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|so many|hours|days)(?: \\w+)? (?:since|and you|and no|and nothing|and still|with no)",
  },
  {
    anchors: 'going',
    pattern: '(?:are you|r you) (?:ever )?(?:going to|gonna) (?:answer|reply|respond|text|call|get back|talk to me)',
  },
  {
    anchors: 'replied answered responded',
    pattern:
      "you (?:still )?(?:haven't|didn't|never) (?:replied|answered|responded|texted back|called back|got back|gotten back)",
  },
  { anchors: 'ping bump', pattern: '(?:^|\\n)\\s*(?:ping|bump)(?:ing)?' },
  { anchors: 'keep', pattern: "i(?:'ll| will) keep (?:calling|texting|messaging) (?:until|till)" },
  { anchors: 'bumping bump', pattern: 'bump(?:ing)? (?:this|it|my message)(?: up)?' },
  {
    anchors: 'case',
    pattern:
      "in case (?:it got (?:buried|lost)|you missed (?:it|this|my)|you didn't see|the (?:first|last|other|previous) one (?:didn't|did not) (?:go through|send|arrive))",
  },
  { anchors: 'sending again', pattern: '(?:sending|resending) (?:this|it|that) again' },
  { anchors: 'recieved recieve received', pattern: '(?:have|did) you (?:recieved|recieve|received) my' },
  {
    anchors: 'never reply',
    pattern: '(?:never|not) (?:going to|gonna) (?:reply|answer|respond|text back|call back|get back to me)',
  },
  { anchors: 'getting', pattern: '(?:are|r) you (?:even )?getting my (?:messages|texts|calls|msgs)' },
  {
    anchors: 'answer reply respond',
    pattern: "if you (?:don't|won't|do not|can't) (?:answer|reply|respond|call|text|pick up|get back)",
  },
  { anchors: 'phone', pattern: '(?:waiting|sat|sitting|stared at) by (?:my|the) phone' },
  {
    anchors: 'receipts receipt saw seen opened',
    pattern:
      "(?:read receipts?|you(?:'ve)? (?:saw|seen|opened) (?:it|my message|this)(?: hours| \\w+ hours| ages| a while)?)",
    // "once you've seen it" looks ahead: nothing is left on read
    unlessBefore: "(?:till|til|'til|until|once|when|after|before|if|as soon as)",
  },
  {
    anchors: 'called texted messaged rang',
    pattern:
      "i (?:literally |already |just |have |'ve )?(?:called|texted|messaged|rang) (?:you )?(?:like )?(?:\\d+|two|three|four|five|six|seven|ten|so many|several|multiple) times",
  },
  {
    anchors: 'tried',
    pattern: "(?:i've |i have |i )?tried (?:ringing|calling|texting|messaging|to call|to reach) you",
  },
  {
    anchors: 'back',
    pattern: '(?:call|text|ring) me back',
    unlessBefore: "(?:can you|could you|when you can|whenever you|no need to|don't need to|{HABIT})",
    unlessAfter: "(?: when(?:ever)? you (?:can|get|have|are|'re)|,? no rush|,? it's about)",
  },
  {
    anchors: 'reply answer respond call',
    pattern:
      '(?:reply|answer|respond|call me|text me) by(?! (?:all means|the way|saying|telling|asking|email|dm|post))',
  },
  { anchors: 'calling texting messaging ringing', pattern: '(?:calling|texting|messaging|ringing|trying) you again' },
  { anchors: 'posted', pattern: 'you (?:just )?posted (?:a|an|on|your|something)' },
  {
    anchors: 'been',
    pattern: "it's (?:only )?been (?:two|three|four|five|\\d+|a few|several|so many) (?:days|hours|weeks)",
  },
  {
    anchors: 'messaging',
    pattern: "i(?:'m| am|'ll| will) (?:going to |gonna )?keep (?:messaging|texting|calling) (?:until|till)",
  },
  { anchors: 'breathing alive', pattern: '(?:are|r) (?:you|u) (?:still )?(?:breathing|alive)' },
  { anchors: 'status active', pattern: '(?:your )?status says (?:active|online)' },
  { anchors: 'tick', pattern: 'tick[ ,-]?tock' },
  {
    anchors: 'sent',
    pattern: '(?:not sure|did) (?:this|that|it|my message) (?:one )?(?:sent|send|go through|went through)',
  },
  { anchors: 'ticks', pattern: '(?:two )?blue ticks' },
  { anchors: 'still', pattern: '(?:^|[.!?,]\\s*)still nothing' },
  { anchors: 'knock', pattern: 'knock knock' },
  { anchors: 'update', pattern: '(?:^|[.!?,]\\s*)any (?:update|news|reply|word)\\?' },
  { anchors: 'busy', pattern: 'busy again' },
  { anchors: 'floating top', pattern: '(?:floating|bringing|pushing) this (?:back )?(?:up|to the top)' },
  {
    anchors: 'whatsapp online instagram',
    pattern: "(?:you're|ur|you are) (?:on|online on) (?:whatsapp|insta|instagram|snapchat|facebook)(?: tho| though)?",
  },
  { anchors: 'wakey', pattern: 'wakey wakey' },
  { anchors: 'missed', pattern: '\\d+ missed calls?' },
  { anchors: 'there', pattern: '(?:^|[.!?,]\\s*)(?:are|r) (?:you|u) there(?= *(?:[.!?\\n]|$))' },
  { anchors: 'asleep', pattern: 'did (?:you|u) fall asleep' },
  { anchors: 'call', pattern: '(?:^|[.!?,]\\s*)call me(?= *(?:[.!\\n]|$|now|asap|back))' },
  { anchors: 'picking', pattern: "(?:why )?(?:aren't|arent|are you not) (?:you |u )?picking up" },
];
