// The plan components' Apex contract, compared across its two sides: the Apex DTO classes
// (PlanDtos.cls, read with @apexdevtools/apex-parser) and the TypeScript contract types
// (lwc/planContract/planContract.ts and the engine types it reuses, read with the TypeScript
// compiler API) must name the same fields, DTO by DTO; and the PlanErrors message keys the bridge
// knows must be exactly the constants PlanErrors.cls has, each read from its Custom Label.
import {
  ApexErrorListener,
  ApexParseTreeWalker,
  ApexParserBaseListener,
  ApexParserFactory,
  type ClassBodyDeclarationContext,
  type ClassDeclarationContext,
  type FieldDeclarationContext,
  type PropertyDeclarationContext
} from '@apexdevtools/apex-parser';
import ts from 'typescript';

/** Apex class (inner classes of PlanDtos) → the TypeScript type it travels as: `file:Interface[.member]`. */
export const DTO_PAIRS: Record<string, string> = {
  OpportunityDto: 'contract:OpportunityDto',
  PlanDto: 'contract:PlanDto',
  StepDto: 'contract:StepDto',
  StakeholderDto: 'contract:StakeholderDto',
  PersonDto: 'contract:PersonDto',
  RoleMappingDto: 'contract:RoleMappingDto',
  PlanView: 'contract:PlanView',
  PlanChangeSet: 'contract:PlanChangeSet',
  StepChanges: 'contract:PlanChangeSet.steps',
  StakeholderChanges: 'contract:PlanChangeSet.stakeholders',
  TemplateDto: 'contract:TemplateDto',
  BuyerRoomDto: 'contract:PlanView.buyerRoom',
  ShareDto: 'contract:ShareDto',
  BuyerUpdateDto: 'contract:BuyerUpdateDto',
  BuyerResolutionDto: 'contract:BuyerResolutionDto',
  BuyerUpdateChanges: 'contract:PlanChangeSet.buyerUpdates',
  ShareRequest: 'contract:ShareRequest',
  ShareLinkDto: 'contract:ShareLinkDto',
  ShareResult: 'contract:ShareResult',
  PicklistOptionDto: 'contract:PicklistOptionDto',
  RiskDto: 'contract:RiskDto',
  HealthChangeDto: 'contract:HealthChangeDto',
  RiskChanges: 'contract:PlanChangeSet.risks',
  // planContract.ts: `type TemplateStepDto = TemplateStepSpec`; HealthThresholds and HealthWeights are the view's.
  TemplateStepDto: 'engine:TemplateStepSpec',
  Thresholds: 'engine:HealthThresholds',
  HealthWeights: 'engine:HealthWeights'
};

/** The buyer room's door: BuyerRoomDtos.cls's inner classes → lwc/buyerRoomContract/buyerRoomContract.ts. */
export const BUYER_ROOM_DTO_PAIRS: Record<string, string> = {
  PlanDto: 'contract:BuyerPlanDto',
  ViewerDto: 'contract:BuyerRoomView.viewer',
  StepDto: 'contract:BuyerStepDto',
  CommitteeMemberDto: 'contract:BuyerCommitteeMemberDto',
  ActionDto: 'contract:BuyerActionDto',
  View: 'contract:BuyerRoomView',
  ActionRequest: 'contract:BuyerActionRequest'
};

export interface ParityProblem {
  subject: string;
  message: string;
}

/** Instance fields and properties of each class nested in the Apex source's outer class. */
export function apexClassFields(source: string): Map<string, string[]> {
  const syntax: string[] = [];
  class Listener extends ApexErrorListener {
    apexSyntaxError(line: number, column: number, message: string): void {
      syntax.push(`${line}:${column + 1} ${message}`);
    }
  }
  const { parser } = ApexParserFactory.createLexerAndParser(source, new Listener());
  const tree = parser.compilationUnit();
  if (syntax.length) throw new Error(`the Apex source does not parse: ${syntax.join('; ')}`);
  const fields = new Map<string, string[]>();
  const stack: string[] = [];
  const isStatic = (ctx: FieldDeclarationContext | PropertyDeclarationContext) => {
    const body = ctx.parentCtx?.parentCtx as ClassBodyDeclarationContext | undefined;
    return (body?.modifier_list() ?? []).some((m) => m.getText().toLowerCase() === 'static');
  };
  const add = (ctx: FieldDeclarationContext | PropertyDeclarationContext, names: string[]) => {
    const owner = stack.at(-1);
    if (stack.length < 2 || !owner || isStatic(ctx)) return;
    fields.set(owner, [...(fields.get(owner) ?? []), ...names]);
  };
  class Collector extends ApexParserBaseListener {
    enterClassDeclaration = (ctx: ClassDeclarationContext): void => {
      stack.push(ctx.id().getText());
      if (stack.length >= 2) fields.set(ctx.id().getText(), fields.get(ctx.id().getText()) ?? []);
    };
    exitClassDeclaration = (): void => {
      stack.pop();
    };
    enterFieldDeclaration = (ctx: FieldDeclarationContext): void =>
      add(
        ctx,
        ctx
          .variableDeclarators()
          .variableDeclarator_list()
          .map((v) => v.id().getText())
      );
    enterPropertyDeclaration = (ctx: PropertyDeclarationContext): void => add(ctx, [ctx.id().getText()]);
  }
  ApexParseTreeWalker.DEFAULT.walk(new Collector(), tree);
  return fields;
}

function memberNames(members: ts.NodeArray<ts.TypeElement>): Map<string, ts.TypeElement> {
  const out = new Map<string, ts.TypeElement>();
  for (const member of members) {
    if (ts.isPropertySignature(member) && ts.isIdentifier(member.name)) out.set(member.name.text, member);
  }
  return out;
}

/** Property names of each interface of a TypeScript source, and of its members' object literal types. */
export function typeScriptFields(source: string, fileName = 'contract.ts'): Map<string, string[]> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const out = new Map<string, string[]>();
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node)) {
      const members = memberNames(node.members);
      out.set(node.name.text, [...members.keys()]);
      for (const [name, member] of members) {
        if (ts.isPropertySignature(member) && member.type && ts.isTypeLiteralNode(member.type))
          out.set(`${node.name.text}.${name}`, [...memberNames(member.type.members).keys()]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/**
 * Where the Apex DTOs and the TypeScript types differ: a DTO without a TypeScript partner, a pair
 * whose type is missing, and each field named on one side only.
 */
export function dtoProblems(
  apex: Map<string, string[]>,
  typeScript: Record<string, Map<string, string[]>>,
  pairs: Record<string, string> = DTO_PAIRS
): ParityProblem[] {
  const problems: ParityProblem[] = [];
  for (const [apexClass, apexFields] of apex) {
    const partner = pairs[apexClass];
    if (!partner) {
      problems.push({
        subject: `PlanDtos.${apexClass}`,
        message: 'has no TypeScript partner: add it to planContract.ts and to DTO_PAIRS'
      });
      continue;
    }
    const [source = '', type = ''] = partner.split(':');
    const tsFields = (typeScript[source] as Map<string, string[]> | undefined)?.get(type);
    if (!tsFields) {
      problems.push({
        subject: `PlanDtos.${apexClass}`,
        message: `its TypeScript type ${partner} is missing`
      });
      continue;
    }
    for (const field of apexFields.filter((f) => !tsFields.includes(f)))
      problems.push({ subject: `PlanDtos.${apexClass}.${field}`, message: `is not a field of ${type}` });
    for (const field of tsFields.filter((f) => !apexFields.includes(f)))
      problems.push({ subject: `${type}.${field}`, message: `is not a field of PlanDtos.${apexClass}` });
  }
  for (const apexClass of Object.keys(pairs).filter((name) => !apex.has(name)))
    problems.push({
      subject: `PlanDtos.${apexClass}`,
      message: 'is paired but not declared in PlanDtos.cls'
    });
  return problems;
}

/** The constants of PlanErrors.cls with the Custom Label each reads (NAME = System.Label.X;). */
export function planErrorConstants(source: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const match of source.matchAll(/static\s+final\s+String\s+(\w+)\s*=\s*([^;]+);/g)) {
    const label = /^System\.Label\.(\w+)$/.exec(match[2].trim());
    out.set(match[1], label ? label[1] : null);
  }
  return out;
}

/**
 * Where the error codes differ: a PlanErrors constant that is not a Custom Label (its sentence would
 * live in Apex only) or whose label is missing, and a message key on one side only.
 */
export function errorCodeProblems(
  constants: Map<string, string | null>,
  labelNames: Set<string>,
  bridgeKeys: readonly string[],
  keyOf: (constant: string) => string,
  labelOf: (key: string) => string
): ParityProblem[] {
  const problems: ParityProblem[] = [];
  const apexKeys = new Set<string>();
  for (const [constant, label] of constants) {
    apexKeys.add(keyOf(constant));
    if (label === null)
      problems.push({ subject: `PlanErrors.${constant}`, message: 'is not read from a Custom Label' });
    else if (!labelNames.has(label))
      problems.push({
        subject: `PlanErrors.${constant}`,
        message: `reads System.Label.${label}, which is missing`
      });
    else if (label !== labelOf(keyOf(constant)))
      problems.push({
        subject: `PlanErrors.${constant}`,
        message: `reads System.Label.${label}; the bridge reads ${labelOf(keyOf(constant))}`
      });
  }
  for (const key of bridgeKeys.filter((k) => !apexKeys.has(k)))
    problems.push({ subject: `bridge message ${key}`, message: 'is not a constant of PlanErrors.cls' });
  for (const key of [...apexKeys].filter((k) => !bridgeKeys.includes(k)))
    problems.push({
      subject: `PlanErrors ${key}`,
      message: 'is not a message key of the bridge (errors.ts)'
    });
  return problems;
}
